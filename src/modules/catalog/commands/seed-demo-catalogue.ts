/**
 * The demo catalogue (seed/): its fields, then each procedure drafted and
 * published through the same commands an administrator uses, on a standard
 * workflow template sized to the procedure's legal limit — so the seed is
 * validated like any other change.
 */
import type { AgencySnapshot } from '../../agencies/index.ts';
import type { Ctx } from '../../identity/index.ts';
import { buildTemplate, findWorkflow, publishWorkflow, saveWorkflowDraft, type WorkflowStore } from '../../workflow/index.ts';
import { authorize } from '../catalog.policy.ts';
import { insertFields } from '../catalog.repo.ts';
import { legalLimitMinutes } from '../legal-limit.ts';
import type { ProcedureStore } from '../procedure-store.ts';
import { demoFields } from '../seed/demo-fields.ts';
import { versionInputOf, type DemoProcedure } from '../seed/demo-procedure.ts';
import { demoProcedures } from '../seed/procedures/index.ts';
import { draftProcedureVersion } from './draft-procedure-version.ts';
import { publishProcedureVersion } from './publish-procedure-version.ts';

const unitTag = { HOUR: 'h', WORKING_DAY: 'wd', DAY: 'd', MONTH: 'm' } as const;

export interface DemoCatalogueInput {
  agencies: AgencySnapshot;
  workflows: WorkflowStore;
  procedures: ProcedureStore;
  /** The demo calendar's working day (07:30–11:30 + 13:30–17:00). */
  workingDayMinutes: number;
}

/** Returns how many procedures were published. */
export async function seedDemoCatalogue(ctx: Ctx, input: DemoCatalogueInput): Promise<number> {
  authorize(ctx.actor, 'catalog.seed', null);
  await insertFields(ctx.tx, demoFields);
  const communes = input.agencies.all().filter((a) => a.level === 'COMMUNE' && a.kind === 'PEOPLES_COMMITTEE' && a.validTo === null).map((a) => a.code);
  for (const p of demoProcedures) {
    const workflow = await ensureWorkflow(ctx, p, input.workingDayMinutes);
    const draft = await draftProcedureVersion(ctx, { agencies: input.agencies, code: p.code, version: versionInputOf(p, workflow, p.agencies === 'COMMUNES' ? communes : p.agencies) });
    await publishProcedureVersion(ctx, { code: p.code, version: draft.version, workflows: input.workflows, procedures: input.procedures, workingDayMinutes: input.workingDayMinutes });
  }
  return demoProcedures.length;
}

async function ensureWorkflow(ctx: Ctx, p: DemoProcedure, workingDayMinutes: number): Promise<{ key: string; version: number }> {
  const minutes = legalLimitMinutes(p.durationAmount, p.durationUnit, workingDayMinutes);
  const definition = buildTemplate(p.workflow, { minutes, tag: `${p.durationAmount}${unitTag[p.durationUnit]}` });
  if (!(await findWorkflow(ctx.tx, definition.key, 1))) {
    await saveWorkflowDraft(ctx, { definition });
    await publishWorkflow(ctx, { key: definition.key, version: 1, validation: { workingDayMinutes } });
  }
  return { key: definition.key, version: 1 };
}
