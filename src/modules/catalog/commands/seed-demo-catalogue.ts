/**
 * The demo catalogue (seed/): its fields, then each procedure drafted and
 * published through the same commands an administrator uses, on a standard
 * workflow template sized to the procedure's legal limit — so the seed is
 * validated like any other change.
 */
import type { Ctx } from '../../identity/index.ts';
import { buildTemplate, findWorkflow, publishWorkflow, saveWorkflowDraft } from '../../workflow/index.ts';
import type { CatalogDeps } from '../catalog.deps.ts';
import { authorize } from '../catalog.policy.ts';
import { insertFields } from '../catalog.repo.ts';
import { legalLimitMinutes } from '../legal-limit.ts';
import { demoFields } from '../seed/demo-fields.ts';
import { versionInputOf, type DemoProcedure } from '../seed/demo-procedure.ts';
import { demoProcedures } from '../seed/procedures/index.ts';
import { draftProcedureVersion } from './draft-procedure-version.ts';
import { publishProcedureVersion } from './publish-procedure-version.ts';

const unitTag = { HOUR: 'h', WORKING_DAY: 'wd', DAY: 'd', MONTH: 'm' } as const;

/** Returns how many procedures were published. */
export async function seedDemoCatalogue(ctx: Ctx, deps: CatalogDeps): Promise<number> {
  authorize(ctx.actor, 'catalog.seed', null);
  await insertFields(ctx.tx, demoFields);
  const workingDayMinutes = await deps.calendars.workingDayMinutes(ctx.tx);
  const communes = (await deps.agencies.current()).all().filter((a) => a.level === 'COMMUNE' && a.kind === 'PEOPLES_COMMITTEE' && a.validTo === null).map((a) => a.code);
  for (const p of demoProcedures) {
    const workflow = await ensureWorkflow(ctx, deps, p, workingDayMinutes);
    const draft = await draftProcedureVersion(ctx, deps, { code: p.code, version: versionInputOf(p, workflow, p.agencies === 'COMMUNES' ? communes : p.agencies) });
    await publishProcedureVersion(ctx, deps, { code: p.code, version: draft.version });
  }
  return demoProcedures.length;
}

async function ensureWorkflow(ctx: Ctx, deps: CatalogDeps, p: DemoProcedure, workingDayMinutes: number): Promise<{ key: string; version: number }> {
  const minutes = legalLimitMinutes(p.durationAmount, p.durationUnit, workingDayMinutes);
  const definition = buildTemplate(p.workflow, { minutes, tag: `${p.durationAmount}${unitTag[p.durationUnit]}` });
  if (!(await findWorkflow(ctx.tx, definition.key, 1))) {
    await saveWorkflowDraft(ctx, { definition });
    await publishWorkflow(ctx, deps, { key: definition.key, version: 1 });
  }
  return { key: definition.key, version: 1 };
}
