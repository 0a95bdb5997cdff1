/**
 * Registering a dossier: online (portal, DVCQG, kiosk) or at a desk or by post.
 * It is checked against the procedure's current published version — channel,
 * applicant, competent agency, e-form, components — and pinned to that version
 * and its workflow for life. It gets no code yet: the code comes with receipt.
 */
import { vnLocalDate } from '../../../platform/clock.ts';
import { ForbiddenError, NotFoundError, UnprocessableError, ValidationError, type FieldIssue } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { outboxRows } from '../../../platform/jobs/outbox.ts';
import type { AgencySnapshot } from '../../agencies/index.ts';
import { validateFormData, type LoadedVersion } from '../../catalog/index.ts';
import { withinCalendar } from '../../calendar/index.ts';
import { checkPersonalId, checkTaxCode, hasRoleAt } from '../../identity/index.ts';
import { intakeDue } from '../deadlines.ts';
import type { DossierCommandCtx, DossierDeps } from '../dossier.deps.ts';
import { canSubmit } from '../dossier.policy.ts';
import type { DossierRow } from '../dossier.rows.ts';
import { commitDossierChange } from '../dossier-commit.repo.ts';
import { CODE_PLACEHOLDER, codeAllocation } from '../dossier-code.ts';
import type { SubmitDossierInput } from '../dossier.schemas.ts';
import { serialiseChanges } from '../derive-state.ts';
import { NO_QUEUE_DUE } from './apply-move.ts';

const onlineChannels = new Set(['PORTAL', 'DVCQG', 'KIOSK']);
/** Channels where motcua itself hands the applicant a code at submission (DVCQG dossiers bring the national side's). */
const codeAtSubmissionChannels = new Set(['PORTAL', 'KIOSK']);

function ownerOf(input: SubmitDossierInput): { ownerIdType: string; ownerId: string; ownerName: string } {
  const { applicant } = input;
  if (applicant.type === 'ORGANISATION') {
    const org = applicant.organisation;
    if (!org) throw new ValidationError([{ path: ['applicant', 'organisation'], key: 'dossier.organisationRequired' }]);
    const check = checkTaxCode(org.taxCode);
    if (!check.valid) {
      throw new ValidationError([{ path: ['applicant', 'organisation', 'taxCode'], key: check.reasons[0]!.key, params: check.reasons[0]!.params ?? {} }]);
    }
    return { ownerIdType: 'TAX_CODE', ownerId: check.normalised!, ownerName: org.name };
  }
  const person = applicant.person;
  if (person.personalId) {
    const check = checkPersonalId(person.personalId, { ...(person.birthDate ? { birthDate: person.birthDate } : {}), ...(person.sex ? { sex: person.sex } : {}) });
    if (!check.valid) {
      throw new ValidationError(check.reasons.map((r) => ({ path: ['applicant', 'person', 'personalId'], key: r.key, params: r.params ?? {} })));
    }
    return { ownerIdType: 'PERSONAL_ID', ownerId: person.personalId, ownerName: person.fullName };
  }
  if (person.passport) return { ownerIdType: 'PASSPORT', ownerId: person.passport, ownerName: person.fullName };
  throw new ValidationError([{ path: ['applicant', 'person', 'personalId'], key: 'dossier.ownerIdRequired' }]);
}

function chooseAgencies(input: SubmitDossierInput, version: LoadedVersion, agencies: AgencySnapshot, today: string) {
  const code = version.procedure.code;
  let competentId: string | undefined;
  if (input.competentAgencyCode) {
    const found = agencies.resolve(input.competentAgencyCode);
    if (!found) throw new ValidationError([{ path: ['competentAgencyCode'], key: 'agency.notFound', params: { code: input.competentAgencyCode } }]);
    competentId = found.agency.id;
  } else if (version.competentAgencyIds.length === 1) {
    competentId = version.competentAgencyIds[0];
  } else {
    throw new ValidationError([{ path: ['competentAgencyCode'], key: 'validation.required' }]);
  }
  const competent = agencies.byId(competentId!)!;
  if (!version.competentAgencyIds.includes(competent.id)) {
    throw new UnprocessableError('procedure.agencyNotCompetent', [], { agency: competent.code, code });
  }
  if (!agencies.isActiveOn(competent, today)) {
    const successor = agencies.successorsOf(competent.id)[0];
    throw new UnprocessableError('agency.notActive', [], { code: competent.code, date: competent.validTo ?? '', successor: successor?.code ?? '—' });
  }
  const desk = input.receivingDeskCode ? agencies.desk(input.receivingDeskCode) : agencies.defaultDeskFor(competent.id);
  if (!desk) throw new ValidationError([{ path: ['receivingDeskCode'], key: 'desk.notFound', params: { code: input.receivingDeskCode ?? '—' } }]);
  return { competent, desk };
}

function checkComponents(input: SubmitDossierInput, version: LoadedVersion) {
  const known = new Map(version.version.details.components.map((c) => [c.code, c]));
  const issues: FieldIssue[] = [];
  input.components.forEach((c, i) => {
    if (!known.has(c.code)) issues.push({ path: ['components', i, 'code'], key: 'dossier.componentUnknown', params: { code: c.code } });
  });
  if (issues.length > 0) throw new ValidationError(issues);
  const given = new Map(input.components.map((c) => [c.code, c]));
  return [...known.values()].map((c) => {
    const g = given.get(c.code);
    return {
      code: c.code,
      name: c.name,
      required: c.required,
      copyType: g?.copyType ?? c.copyType,
      quantity: g?.quantity ?? c.quantity,
      provided: g?.provided ?? false,
      reused: (g?.reused ?? false) && c.acceptsReuse,
      note: g?.note ?? null,
    };
  });
}

export async function submitDossier(ctx: DossierCommandCtx, deps: DossierDeps, input: SubmitDossierInput): Promise<DossierRow> {
  const { tx, actor, now, requestId } = ctx;
  const versionId = await deps.procedures.currentVersionId(tx, input.procedureCode);
  if (versionId === undefined) throw new NotFoundError('procedure.notFound', { code: input.procedureCode });
  if (versionId === null) throw new NotFoundError('procedure.noPublishedVersion', { code: input.procedureCode });
  const version = (await deps.procedures.versionById(tx, versionId))!;
  const details = version.version.details;
  const channelOk = details.channels.includes(input.channel) || (input.channel === 'DVCQG' && version.version.onlineLevel !== 'NONE');
  if (!channelOk) throw new UnprocessableError('procedure.channelNotAllowed', [], { code: input.procedureCode, channel: input.channel });
  if (!details.targetGroups.includes(input.applicant.type)) {
    throw new UnprocessableError('procedure.applicantTypeNotAllowed', [], { code: input.procedureCode });
  }
  if (input.deliveryMethod === 'BY_POST' && !input.deliveryAddress) {
    throw new ValidationError([{ path: ['deliveryAddress'], key: 'dossier.deliveryAddressRequired' }]);
  }
  const agencies = await deps.agencies.current();
  const { competent, desk } = chooseAgencies(input, version, agencies, vnLocalDate(now));
  if (!canSubmit(actor, input.channel, desk.agencyId)) throw new ForbiddenError();
  const owner = ownerOf(input);
  const form = validateFormData(version.version.eformSchema, input.formData);
  if (form.issues.length > 0) throw new ValidationError(form.issues);
  const components = checkComponents(input, version);

  const workflow = (await deps.workflows.get(tx, version.version.workflowId))!.definition;
  const start = workflow.steps.find((s) => s.id === workflow.start)!;
  const calendar = await deps.calendars.forAgency(competent.id, tx);
  const trustedTime = input.submittedAt && hasRoleAt(actor, 'INTEGRATION', desk.agencyId) ? new Date(input.submittedAt) : now;
  const submittedAt = trustedTime > now ? now : trustedTime;
  if (now.getTime() - submittedAt.getTime() > 366 * 86_400_000) {
    throw new ValidationError([{ path: ['submittedAt'], key: 'validation.submittedAtRange' }]);
  }
  const intakeDueAt = onlineChannels.has(input.channel) ? withinCalendar(() => intakeDue(calendar, submittedAt)) : null;
  const feeTotal = details.fees.reduce((sum, f) => sum + f.amount, 0);
  const id = newId(now.getTime());
  const codeNow = deps.config.onlineCodeAt === 'SUBMISSION' && codeAtSubmissionChannels.has(input.channel);
  const row: DossierRow = {
    id,
    code: codeNow ? CODE_PLACEHOLDER : null,
    parentId: null,
    procedureId: version.procedure.id,
    procedureVersionId: version.version.id,
    procedureCode: version.procedure.code,
    workflowId: version.version.workflowId,
    channel: input.channel,
    applicantType: input.applicant.type,
    ...owner,
    applicant: input.applicant,
    title: input.title ?? null,
    formData: form.data,
    receivingDeskId: desk.id,
    receivingAgencyId: desk.agencyId,
    competentAgencyId: competent.id,
    agencyIds: [...new Set([desk.agencyId, competent.id])],
    queueAgencyId: start.agency === 'RECEIVING' ? desk.agencyId : competent.id,
    queueRole: start.role === 'APPLICANT' ? null : start.role,
    queueDueAt: intakeDueAt ?? submittedAt ?? NO_QUEUE_DUE,
    assigneeId: null,
    state: start.state,
    step: start.id,
    originStep: null,
    isOpen: true,
    paymentState: feeTotal > 0 ? 'DUE' : 'NOT_REQUIRED',
    deliveryState: 'NONE',
    syncState: 'NOT_REQUIRED',
    deliveryMethod: input.deliveryMethod,
    feeTotal,
    submittedAt,
    intakeDueAt,
    receivedAt: null,
    transferDueAt: null,
    originalDueAt: null,
    currentDueAt: null,
    dueExplanation: null,
    stepStartedAt: now,
    stepDueAt: intakeDueAt,
    extensionCount: 0,
    supplementCount: 0,
    pausedSince: null,
    pausedMs: 0,
    decision: null,
    finishedAt: null,
    returnedAt: null,
    timeliness: null,
    warnAt: null,
    alertAt: null,
    risk: 'NONE',
    actionCount: 1,
    createdBy: `${actor.kind}:${actor.id}`,
    createdAt: now,
    updatedAt: now,
  };
  const allocated = await commitDossierChange(tx, {
    ...(codeNow ? { allocateCode: codeAllocation(deps.config.dossierCodeFormat, agencies.byId(desk.agencyId)!.code, vnLocalDate(now)) } : {}),
    insert: { dossier: row, components: components.map((c) => ({ ...c, dossierId: id })) },
    action: {
      dossierId: id,
      seq: 1,
      type: 'submit',
      actionId: null,
      actorKind: actor.kind,
      actorId: actor.id,
      actorName: actor.name,
      actorRole: null,
      onBehalfOf: `${owner.ownerIdType}:${owner.ownerId}`,
      at: now,
      fromState: null,
      toState: start.state,
      fromStep: null,
      toStep: start.id,
      fromAgencyId: null,
      toAgencyId: desk.agencyId,
      note: null,
      reason: null,
      payload: { channel: input.channel, deliveryAddress: input.deliveryAddress ?? null, changes: serialiseChanges(row as unknown as Record<string, unknown>) },
    },
    audit: deps.audit.rows({ actor, at: now, requestId }, [
      { action: 'dossier.submit', entityType: 'dossier', entityId: id, payload: { procedure: row.procedureCode, channel: input.channel } },
    ]),
    events: outboxRows([{ type: 'dossier.submitted', aggregateType: 'dossier', aggregateId: id, payload: { channel: input.channel, procedure: row.procedureCode } }], now),
  });
  return { ...row, code: allocated };
}
