/**
 * What every move does to the dossier, whatever the action: the new state and
 * step, the step's budget, who must act next (the queue), the origin step of a
 * wait, and at the end of processing the finish time, the timeliness class and
 * the results with their codes (`<dossier code>-KQn`).
 */
import { formatResultCode } from '../dossier-code.ts';
import { newId } from '../../../platform/ids.ts';
import { endsProcessing, isOpenState, waitingStates } from '../../workflow/index.ts';
import { stepDue } from '../deadlines.ts';
import type { NewDossierRow } from '../dossier.rows.ts';
import type { Effect, EffectContext } from '../effects/index.ts';

/** The queue sort key while nobody in the agency has to act (waiting for the applicant, or finished). */
export const NO_QUEUE_DUE = new Date('9999-12-31T00:00:00Z');

export async function applyMove(ctx: EffectContext, effect: Effect): Promise<Partial<NewDossierRow>> {
  const { move, dossier, now, calendar, deps } = ctx;
  const effectChanges = effect.changes ?? {};
  const next = { ...dossier, ...effectChanges };
  const changes: Partial<NewDossierRow> = { ...effectChanges };
  const stepChanged = move.to.id !== move.from.id;
  if (stepChanged) {
    changes.state = move.to.state;
    changes.step = move.to.id;
    changes.stepStartedAt = now;
    changes.stepDueAt = stepDue(calendar, now, move.to.budget);
    const toWaiting = waitingStates.includes(move.to.state);
    if (toWaiting && !waitingStates.includes(move.from.state)) changes.originStep = move.from.id;
    else if (!toWaiting) changes.originStep = null;
  }
  const open = isOpenState(move.to.state);
  const role = open && move.to.role && move.to.role !== 'APPLICANT' ? move.to.role : null;
  changes.isOpen = open;
  changes.queueRole = role;
  changes.queueAgencyId = role ? (move.to.agency === 'RECEIVING' ? next.receivingAgencyId : next.competentAgencyId) : null;
  changes.queueDueAt = !role
    ? NO_QUEUE_DUE
    : move.to.state === 'SUBMITTED'
      ? (next.intakeDueAt ?? NO_QUEUE_DUE)
      : (next.currentDueAt ?? NO_QUEUE_DUE);

  if (endsProcessing(move.to.state) && !next.finishedAt) {
    changes.finishedAt = now;
    const basis = deps.config.deadlines.latenessBasis === 'ORIGINAL_DUE' ? next.originalDueAt : next.currentDueAt;
    changes.timeliness = basis ? calendar.classify(now, basis, deps.config.deadlines.splitEarly) : null;
  }
  if (move.to.state === 'RESULT_READY' && stepChanged) {
    const documentNumber = typeof effect.record?.documentNumber === 'string' ? effect.record.documentNumber : null;
    await createResults(ctx, next.decision ?? null, next.code!, documentNumber);
    changes.deliveryState = 'READY';
  }
  if (move.to.state === 'RETURNED') changes.returnedAt = now;
  if (!open || endsProcessing(move.to.state)) changes.risk = 'NONE';
  return changes;
}

async function createResults(ctx: EffectContext, decision: string | null, code: string, documentNumber: string | null): Promise<void> {
  if ((await ctx.records.results()).length > 0) return;
  const resultCode = (n: number): string => formatResultCode(ctx.deps.config.resultCodeStyle, code, n);
  const base = { dossierId: ctx.dossier.id, status: 'ISSUED', issuedAt: ctx.now, issuedBy: ctx.actor.id, documentNumber };
  const rows =
    decision === 'REFUSED'
      ? [{ ...base, id: newId(), n: 1, code: resultCode(1), kind: 'REFUSAL', resultTypeCode: null, title: 'Văn bản từ chối giải quyết hồ sơ' }]
      : ctx.version.version.details.resultTypes.map((rt, i) => ({
          ...base,
          id: newId(),
          n: i + 1,
          code: resultCode(i + 1),
          kind: 'APPROVAL',
          resultTypeCode: rt.code,
          title: rt.name,
          electronic: rt.electronic,
        }));
  await ctx.records.insertResults(rows);
}
