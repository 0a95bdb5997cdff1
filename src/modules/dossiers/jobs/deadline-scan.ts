/**
 * Every few minutes: mark open dossiers crossing a warning threshold or their
 * due date (overdue is a flag, never a state — DOMAIN §4.6), and announce each
 * change through the outbox so notifications and dashboards can follow.
 */
import { z } from 'zod';
import { publishEvents } from '../../../platform/jobs/outbox.ts';
import { defineJob } from '../../../platform/jobs/job-runner.ts';
import { refreshRisk } from '../dossier.repo.ts';

export const deadlineScan = defineJob({
  name: 'dossiers.deadline-scan',
  payload: z.object({}),
  everyMs: 5 * 60_000,
  async run(_payload, { db, clock, logger }) {
    const now = clock.now();
    const changed = await db.transaction(async (tx) => {
      const rows = await refreshRisk(tx, now);
      await publishEvents(
        tx,
        rows.map((r) => ({ type: `dossier.risk.${r.risk.toLowerCase()}`, aggregateType: 'dossier', aggregateId: r.id, payload: { code: r.code, risk: r.risk } })),
        now,
      );
      return rows.length;
    });
    if (changed > 0) logger.info({ changed }, 'deadline scan updated risk flags');
  },
});
