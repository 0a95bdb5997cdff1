/**
 * "Look up" on the applicant step: the empty applicant fields are filled from
 * the owner's most recent dossier (any channel), and the owner's data
 * warehouse is counted for the papers this procedure accepts from it. The
 * filled form is kept on the draft.
 */
import { vnLocalDate } from '../../../platform/clock.ts';
import type { Ctx } from '../../identity/index.ts';
import { latestApplicantOf, updateDeskIntake } from '../desk-intake.repo.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import { intakeVersion, ownDeskIntake } from '../queries/desk-intake-view.ts';

export type FormValues = Record<string, string | string[]>;

export type LookUpOutcome =
  | { kind: 'registered' }
  | {
      kind: 'looked-up';
      values: FormValues;
      /** Whether an earlier dossier of the owner was found (its applicant filled the empty fields). */
      found: boolean;
      /** Valid warehouse items of the procedure's reusable document types the owner holds. */
      warehouseItems: number;
    };

const text = (v: string | string[] | undefined): string => (typeof v === 'string' ? v.trim() : '');

export async function lookUpDeskApplicant(ctx: Ctx, deps: DossierDeps, input: { intakeId: string; values: FormValues }): Promise<LookUpOutcome> {
  const intake = await ownDeskIntake(ctx.tx, ctx.actor, input.intakeId, true);
  if (intake.dossierId) return { kind: 'registered' };
  const version = await intakeVersion(deps, ctx.tx, intake);
  const values = input.values;
  const id = text(values.personalId);
  const taxCode = text(values.taxCode);
  const owner = values.applicantType === 'ORGANISATION' && taxCode ? taxCode : id;
  const earlier = owner ? await latestApplicantOf(ctx.tx, owner) : undefined;
  const reusable = [...new Set(version.version.details.components.filter((c) => c.acceptsReuse && c.documentType).map((c) => c.documentType!))];
  const idType = owner === taxCode && taxCode ? 'TAX_CODE' : 'PERSONAL_ID';
  const warehouseItems = owner ? (await deps.papers.validItemsOfTypes(ctx.tx, { idType, id: owner }, reusable, vnLocalDate(ctx.now))).length : 0;
  let merged = values;
  if (earlier) {
    const p = earlier.person;
    const o = earlier.organisation;
    const found: Record<string, string | undefined> = {
      fullName: p.fullName, birthDate: p.birthDate, sex: p.sex, address: p.address, phone: p.phone, email: p.email,
      orgName: o?.name, taxCode: o?.taxCode, orgAddress: o?.address,
    };
    merged = { ...values };
    for (const [k, v] of Object.entries(found)) if (v && !text(merged[k])) merged[k] = v;
  }
  await updateDeskIntake(ctx.tx, intake.id, { formValues: merged, updatedAt: ctx.now });
  return { kind: 'looked-up', values: merged, found: earlier !== undefined, warehouseItems };
}
