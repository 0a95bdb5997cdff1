/** Shared by the two supplement completions: mark the supplied components and apply the corrected answers. */
import { ValidationError } from '../../../platform/errors.ts';
import { validateFormData } from '../../catalog/index.ts';
import type { EffectContext } from './effect.ts';

export async function applyComponentsProvided(ctx: EffectContext, codes: string[] | undefined): Promise<string[]> {
  if (!codes?.length) return [];
  const known = new Set((await ctx.records.components()).map((c) => c.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw new ValidationError(unknown.map((code) => ({ path: ['componentsProvided'], key: 'dossier.componentUnknown', params: { code } })));
  }
  await ctx.records.setComponentsProvided(codes);
  return codes;
}

/** Merges corrected answers into the form and validates the whole form again. */
export function patchedFormData(ctx: EffectContext, patch: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!patch || Object.keys(patch).length === 0) return undefined;
  const { data, issues } = validateFormData(ctx.version.version.eformSchema, { ...ctx.dossier.formData, ...patch });
  if (issues.length > 0) throw new ValidationError(issues);
  return data;
}

/** Which answers changed, so the officer sees only what was supplemented (DOMAIN §16.3). */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown> | undefined): string[] {
  if (!after) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}
