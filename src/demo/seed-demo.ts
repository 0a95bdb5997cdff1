/**
 * Loads the demo data set: the Gia Lai agency tree, the 2025–2027 calendar,
 * the standard workflows and the demo catalogue (each procedure drafted and
 * published through the same commands an administrator uses, so the seed is
 * validated like any other change), one account per role and the portal's
 * guides and news.
 */
import { systemClock } from '../platform/clock.ts';
import type { AuditSink } from '../platform/commands/command-context.ts';
import { createCommandRunner } from '../platform/commands/command-runner.ts';
import type { Db } from '../platform/db/database.ts';
import type { Logger } from '../platform/logger.ts';
import { seedDemoAgencies, type AgencyDirectory } from '../modules/agencies/index.ts';
import { seedDemoCalendar } from '../modules/calendar/index.ts';
import { ProcedureStore, seedDemoCatalogue, type CatalogDeps } from '../modules/catalog/index.ts';
import { DEMO_CLIENT_TOKEN, DEMO_PASSWORD, demoOfficers, seedDemoOfficers, systemActor, type Actor, type Ctx } from '../modules/identity/index.ts';
import { seedDemoArticles } from '../modules/news/index.ts';
import { WorkflowStore } from '../modules/workflow/index.ts';

export interface DemoSummary {
  procedures: number;
  officers: { username: string; title: string; roles: string }[];
  password: string;
  clientToken: string;
}

/** The demo calendar's working day: 07:30–11:30 and 13:30–17:00. */
const WORKING_DAY_MINUTES = 450;
/** Demo roles start with the merged province, so demo dossiers can be dated any time since. */
const DEMO_GRANTS_FROM = '2025-07-01';

/** The seed acts as the system, named so: grants and publications it makes say "seed". */
const seedActor: Actor = { ...systemActor, id: 'seed' };

/**
 * The demo data is the starting state, loaded before anyone uses the system:
 * it leaves no audit entries, so the trail begins with the first real change.
 */
const unaudited: AuditSink = { record: async () => undefined };

export async function seedDemo(db: Db, agencies: AgencyDirectory, logger: Logger): Promise<DemoSummary> {
  const commands = createCommandRunner({ db, clock: systemClock, audit: unaudited });
  const run = <T>(useCase: (ctx: Ctx) => Promise<T>): Promise<T> => commands.run({ actor: seedActor }, useCase);
  await run(async (ctx) => {
    await seedDemoAgencies(ctx, { agencies });
    await seedDemoCalendar(ctx);
  });
  const snapshot = await agencies.current();
  const catalogue: CatalogDeps = { agencies, workflows: new WorkflowStore(), procedures: new ProcedureStore(), calendars: { workingDayMinutes: async () => WORKING_DAY_MINUTES } };
  const procedures = await run((ctx) => seedDemoCatalogue(ctx, catalogue));
  await run((ctx) => seedDemoOfficers(ctx, { agencies: snapshot, grantsFrom: DEMO_GRANTS_FROM }));
  await run((ctx) => seedDemoArticles(ctx));
  logger.info({ procedures, officers: demoOfficers.length }, 'demo data loaded');
  return {
    procedures,
    officers: demoOfficers.map((o) => ({ username: o.username, title: o.title, roles: o.grants.map((g) => `${g.role}@${g.agencyCode}`).join(', ') })),
    password: DEMO_PASSWORD,
    clientToken: DEMO_CLIENT_TOKEN,
  };
}
