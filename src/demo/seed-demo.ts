/**
 * Loads the demo data set: the Gia Lai agency tree, the 2025–2027 calendar,
 * the standard workflows and the demo catalogue (each procedure drafted and
 * published through the same commands an administrator uses, so the seed is
 * validated like any other change), and one account per role.
 */
import type { Db } from '../platform/db/database.ts';
import type { Logger } from '../platform/logger.ts';
import type { AgencyDirectory } from '../modules/agencies/index.ts';
import { seedDemoAgencies } from '../modules/agencies/index.ts';
import { DEFAULT_CALENDAR, defaultWorkingHours, demoCalendarYears } from '../modules/calendar/index.ts';
import { insertCalendar, upsertDay, upsertYear } from '../modules/calendar/calendar.repo.ts';
import { draftProcedureVersion, legalLimitMinutes, publishProcedureVersion } from '../modules/catalog/index.ts';
import { insertFields } from '../modules/catalog/catalog.repo.ts';
import { demoFields } from '../modules/catalog/seed/demo-fields.ts';
import { demoProcedures } from '../modules/catalog/seed/procedures/index.ts';
import { createApiClient, createOfficer, findOfficerByUsername } from '../modules/identity/index.ts';
import { DEMO_CLIENT_TOKEN, DEMO_PASSWORD, demoClient, demoOfficers } from '../modules/identity/seed/demo-officers.ts';
import { buildTemplate, findWorkflow, publishWorkflow, saveWorkflowDraft, WorkflowStore } from '../modules/workflow/index.ts';
import { type DemoProcedure, versionInputOf } from '../modules/catalog/seed/demo-procedure.ts';
import { seedDemoArticles } from '../modules/news/index.ts';

export interface DemoSummary {
  procedures: number;
  officers: { username: string; title: string; roles: string }[];
  password: string;
  clientToken: string;
}

const WORKING_DAY_MINUTES = 450;
/** Demo roles start with the merged province, so demo dossiers can be dated any time since. */
const DEMO_GRANTS_FROM = '2025-07-01';
const unitTag = { HOUR: 'h', WORKING_DAY: 'wd', DAY: 'd', MONTH: 'm' } as const;

async function ensureWorkflow(db: Db, p: DemoProcedure): Promise<{ key: string; version: number }> {
  const minutes = legalLimitMinutes(p.durationAmount, p.durationUnit, WORKING_DAY_MINUTES);
  const def = buildTemplate(p.workflow, { minutes, tag: `${p.durationAmount}${unitTag[p.durationUnit]}` });
  if (!(await findWorkflow(db, def.key, 1))) {
    await db.transaction(async (tx) => {
      await saveWorkflowDraft(tx, def);
      await publishWorkflow(tx, def.key, 1, { workingDayMinutes: WORKING_DAY_MINUTES }, new Date());
    });
  }
  return { key: def.key, version: 1 };
}

export async function seedDemo(db: Db, agencies: AgencyDirectory, logger: Logger): Promise<DemoSummary> {
  await db.transaction(async (tx) => {
    await seedDemoAgencies(tx);
    await insertCalendar(tx, { code: DEFAULT_CALENDAR, name: 'Lịch làm việc cơ quan hành chính tỉnh Gia Lai', workingHours: defaultWorkingHours, cutoffTime: '15:00' });
    for (const y of demoCalendarYears) {
      await upsertYear(tx, { calendarCode: DEFAULT_CALENDAR, year: y.year, status: y.status, sourceDocument: y.source });
      for (const d of y.days) {
        await upsertDay(tx, { calendarCode: DEFAULT_CALENDAR, day: d.date, type: d.type, label: d.label, sourceDocument: d.source ?? y.source, optional: d.optional ?? false, active: d.active ?? true });
      }
    }
    await insertFields(tx, demoFields);
  });
  const snapshot = await agencies.reload();
  const communes = snapshot.all().filter((a) => a.level === 'COMMUNE' && a.kind === 'PEOPLES_COMMITTEE' && a.validTo === null).map((a) => a.code);
  const workflows = new WorkflowStore();
  let published = 0;
  for (const p of demoProcedures) {
    const workflow = await ensureWorkflow(db, p);
    await db.transaction(async (tx) => {
      const draft = await draftProcedureVersion(tx, snapshot, p.code, versionInputOf(p, workflow, p.agencies === 'COMMUNES' ? communes : p.agencies));
      await publishProcedureVersion(tx, workflows, p.code, draft.version, WORKING_DAY_MINUTES, 'seed', new Date());
    });
    published++;
  }
  const now = new Date();
  await db.transaction(async (tx) => {
    for (const o of demoOfficers) {
      if (await findOfficerByUsername(tx, o.username)) continue;
      await createOfficer(tx, snapshot, { ...o, password: DEMO_PASSWORD, grants: o.grants.map((g) => ({ ...g, includeSubtree: true, validFrom: DEMO_GRANTS_FROM })) }, 'seed', now);
    }
    await createApiClient(tx, snapshot, { ...demoClient, grants: demoClient.grants.map((g) => ({ ...g, validFrom: DEMO_GRANTS_FROM })) }, 'seed', now, DEMO_CLIENT_TOKEN);
  });
  await db.transaction((tx) => seedDemoArticles(tx));
  logger.info({ procedures: published, officers: demoOfficers.length }, 'demo data loaded');
  return {
    procedures: published,
    officers: demoOfficers.map((o) => ({ username: o.username, title: o.title, roles: o.grants.map((g) => `${g.role}@${g.agencyCode}`).join(', ') })),
    password: DEMO_PASSWORD,
    clientToken: DEMO_CLIENT_TOKEN,
  };
}
