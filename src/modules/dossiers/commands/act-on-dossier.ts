/**
 * Taking an action on a dossier — every path of the lifecycle goes through
 * here, in one transaction: lock the dossier, check the version the caller saw,
 * let the workflow say where the action leads (409 with the allowed actions if
 * it cannot), check role, scope, assignment and guards, run the action's own
 * effect, then append to the action log, update the derived state, and write the
 * audit entry and the outbox events together.
 */
import { ConflictError, ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { vnLocalDate } from '../../../platform/clock.ts';
import { outboxRows } from '../../../platform/jobs/outbox.ts';
import { t } from '../../../platform/i18n/index.ts';
import { buildActor, findOfficerById, grantsOf } from '../../identity/index.ts';
import { failingGuards, planMove, rolesFor } from '../../workflow/index.ts';
import { withinCalendarAsync } from '../../calendar/index.ts';
import type { ActionInput } from '../action-inputs.ts';
import type { DossierCommandCtx, DossierDeps } from '../dossier.deps.ts';
import { canSee, matchRole } from '../dossier.policy.ts';
import type { DossierRow } from '../dossier.rows.ts';
import { CODE_PLACEHOLDER } from '../dossier-code.ts';
import { commitDossierChange } from '../dossier-commit.repo.ts';
import { dossierRecords, lockDossierRow } from '../dossier.repo.ts';
import { effects, type EffectContext, type EffectHandler } from '../effects/index.ts';
import { buildGuardContext } from './guard-context.ts';
import { applyMove } from './apply-move.ts';
import { serialiseChanges } from '../derive-state.ts';

export interface ActOnDossierInput {
  dossierId: string;
  action: ActionInput;
}

export interface ActResult {
  dossier: DossierRow;
  seq: number;
}

export async function actOnDossier(ctx: DossierCommandCtx, deps: DossierDeps, { dossierId, action: input }: ActOnDossierInput): Promise<ActResult> {
  const { tx, actor, now, requestId } = ctx;
  const dossier = await lockDossierRow(tx, dossierId);
  if (!dossier || !canSee(actor, dossier)) throw new NotFoundError('dossier.notFound');
  if (input.expectedVersion !== undefined && input.expectedVersion !== dossier.actionCount) {
    throw new ConflictError('dossier.staleVersion', { expected: input.expectedVersion, actual: dossier.actionCount }, { version: dossier.actionCount });
  }
  const [version, workflow, agencies, calendar] = await Promise.all([
    deps.procedures.versionById(tx, dossier.procedureVersionId),
    deps.workflows.get(tx, dossier.workflowId),
    deps.agencies.current(),
    deps.calendars.forAgency(dossier.competentAgencyId, tx),
  ]);
  if (!version || !workflow) throw new Error(`Dossier ${dossier.id} refers to a missing version or workflow`);
  const definition = workflow.definition;
  const move = planMove(definition, dossier.step, dossier.originStep, { actionId: input.actionId, type: input.type });

  const handler = effects[input.type] as EffectHandler<typeof input.type>;
  const records = dossierRecords(tx, dossier.id);
  const officer = async (id: string) => {
    const row = await findOfficerById(tx, id);
    if (!row?.active) return undefined;
    return buildActor('officer', row.id, row.fullName, await grantsOf(tx, { officerId: row.id }, vnLocalDate(now)), agencies);
  };
  const base = { deps, actor, now, dossier, version, definition, calendar, agencies, records, officer };
  const agencyId = handler.actingAgency
    ? await handler.actingAgency(base, input as never)
    : (move.action.agency ?? move.from.agency) === 'RECEIVING'
      ? dossier.receivingAgencyId
      : dossier.competentAgencyId;
  const roles = rolesFor(move.from, move.action);
  const match = matchRole(actor, roles, agencyId, dossier.receivingAgencyId);
  const agencyName = agencies.byId(agencyId)?.name ?? agencyId;
  if (!match) {
    throw new ForbiddenError('dossier.actionNotPermitted', {
      action: move.action.label ?? move.action.id,
      reason: t('vi', 'guard.role', { roles: roles.join(', '), agency: agencyName }),
    });
  }
  const guardCtx = await buildGuardContext(records, dossier, actor, now, calendar, input, move.action.guards, version.version.paymentTiming);
  const failed = failingGuards(move.action.guards, guardCtx);
  if (failed.length > 0) {
    throw new ForbiddenError(
      'dossier.actionNotPermitted',
      { action: move.action.label ?? move.action.id, reason: failed.map((f) => t('vi', f.key, f.params ?? {})).join('; ') },
      { guards: failed.map((f) => f.key) },
    );
  }

  const effectCtx: EffectContext = { ...base, move };
  // A date the calendar cannot reach (year 2200 and beyond) is the input's fault: 422, not a crash.
  const { effect, changes } = await withinCalendarAsync(async () => {
    const effect = await handler.run(effectCtx, input as never);
    return { effect, changes: await applyMove(effectCtx, effect) };
  });
  const seq = dossier.actionCount + 1;
  const { type, actionId: _a, expectedVersion: _v, note, ...details } = input;
  const updated: DossierRow = { ...dossier, ...changes, actionCount: seq, updatedAt: now };
  const audit = deps.audit.rows({ actor, at: now, requestId }, [
    {
      action: `dossier.${type}`,
      entityType: 'dossier',
      entityId: dossier.id,
      // A code being allocated is not known yet; the action log records it.
      payload: { code: updated.code === CODE_PLACEHOLDER ? undefined : updated.code, seq, from: dossier.state, to: updated.state, step: updated.step },
    },
  ]);
  const events = outboxRows(
    [
      { type: 'dossier.action', aggregateType: 'dossier', aggregateId: dossier.id, payload: { seq, action: type, state: updated.state } },
      ...(effect.events ?? []).map((e) => ({ ...e, aggregateType: 'dossier', aggregateId: dossier.id })),
      // The results were just recorded (apply-move): the signing job turns them into signed e-results.
      ...(updated.state === 'RESULT_READY' && dossier.state !== 'RESULT_READY'
        ? [{ type: 'dossier.result_ready', aggregateType: 'dossier', aggregateId: dossier.id, payload: {} }]
        : []),
    ],
    now,
  );
  const code = await commitDossierChange(tx, {
    update: { id: dossier.id, changes: { ...changes, actionCount: seq, updatedAt: now } },
    action: {
      dossierId: dossier.id,
      seq,
      type,
      actionId: move.action.id,
      actorKind: actor.kind,
      actorId: actor.id,
      actorName: actor.name,
      actorRole: match.role,
      onBehalfOf: match.onBehalfOfApplicant ? `${dossier.ownerIdType}:${dossier.ownerId}` : null,
      at: now,
      fromState: dossier.state,
      toState: move.to.state,
      fromStep: move.from.id,
      toStep: move.to.id,
      fromAgencyId: effect.fromAgencyId ?? agencyId,
      toAgencyId: effect.toAgencyId ?? null,
      note: note ?? null,
      reason: effect.reason ?? null,
      payload: { input: details, ...(effect.record ?? {}), changes: serialiseChanges(changes) },
    },
    audit,
    events,
    allocateCode: effect.allocateCode,
  });
  if (code) updated.code = code;
  return { dossier: updated, seq };
}
