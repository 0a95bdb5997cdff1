// A dossier already in a given state, in one call: `await makeDossier(t, { state: 'APPRAISAL' })`.
// It is driven there by the real commands through the HTTP API, the way the lifecycle tests move
// dossiers (test/lifecycle/drive.ts): registered at the provincial desk, received, transferred,
// assigned, decided… so its action log, audit, outbox and cached row are what production writes.
import type { BusinessState } from '../../src/modules/workflow/index.ts';
import { act, view } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { DESK, idOf, receivedAtDesk, staff as demoStaff, submitAtDesk, transferFromDesk, type Staff } from '../lifecycle/drive.ts';

/** The states makeDossier knows a path to (the others need a workflow with that step). */
export const reachableStates = [
  'SUBMITTED',
  'INTAKE_SUPPLEMENT',
  'REJECTED_AT_INTAKE',
  'WITHDRAWN',
  'RECEIVED',
  'ASSIGNED',
  'APPRAISAL',
  'SUPPLEMENT_REQUESTED',
  'STOPPED',
  'AWAITING_APPROVAL',
  'SIGNING',
  'ISSUING',
  'RESULT_READY',
  'RETURNED',
] as const satisfies readonly BusinessState[];
export type ReachableState = (typeof reachableStates)[number];

export interface DossierOptions {
  state: ReachableState;
  /** Default 1.004230, handled by the Department of Science and Technology (H21.10). */
  procedureCode?: string;
  /** Changes to the valid desk submission (e.g. another applicant). */
  submission?: Record<string, unknown>;
  /** Who handles it after transfer; by default the demo staff of the procedure's competent department. */
  staff?: Staff;
}

export interface MadeDossier {
  id: string;
  /** Null until received. */
  code: string | null;
  state: ReachableState;
  procedureCode: string;
  /** The department's officers who moved it (from APPRAISAL on, or as given), who find it in their queues. */
  staff: Staff | undefined;
  /** The dossier as GET /api/v1/dossiers/:id shows it to the administrator. */
  view: Record<string, any>;
}

const supplementItems = [{ description: 'Bản sao giấy tờ chứng minh điều kiện', reason: 'Còn thiếu' }];

/** The demo staff of the procedure's first competent department. */
async function staffOf(t: TestApp, procedureCode: string): Promise<Staff> {
  const procedure = await t.request('GET', `/api/v1/procedures/${procedureCode}`);
  const codes = (procedure.body.competentAgencies as { code: string }[] | undefined)?.map((a) => a.code) ?? [];
  const code = codes.find((c): c is keyof typeof demoStaff => c in demoStaff);
  if (!code) throw new Error(`makeDossier: no demo staff for ${procedureCode} (competent: ${codes.join(', ')}); pass \`staff\``);
  return demoStaff[code];
}

/**
 * Moves a new dossier to `state` by the usual path: desk → receive → transfer → assign
 * (APPRAISAL) → opinion → approval → signature → issue → return, branching off for the
 * intake outcomes, supplement, stop and withdrawal. Throws if it does not end in `state`.
 */
export async function makeDossier(t: TestApp, options: DossierOptions): Promise<MadeDossier> {
  const { state } = options;
  const procedureCode = options.procedureCode ?? '1.004230';
  const desk = await t.login(DESK);
  const staff = { known: options.staff };
  const id = await drive(t, state, procedureCode, options.submission ?? {}, desk, async () => (staff.known ??= await staffOf(t, procedureCode)));
  const full = await view(t, await t.login('giamsat'), id); // a reader of every dossier; administrators read none (ADR 0008)
  if (full.state !== state) throw new Error(`makeDossier: asked for ${state}, the dossier is ${String(full.state)}`);
  return { id, code: full.code as string | null, state, procedureCode, staff: staff.known, view: full };
}

/** Drives a new dossier to `state`; `staffOf` names the department's officers, looked up only once the path reaches them. */
async function drive(t: TestApp, state: ReachableState, procedureCode: string, submission: Record<string, unknown>, desk: string, staffOf: () => Promise<Staff>): Promise<string> {
  const before: Record<string, Record<string, unknown>> = {
    SUBMITTED: {},
    INTAKE_SUPPLEMENT: { type: 'request_intake_supplement', items: supplementItems, reason: 'Hồ sơ chưa đầy đủ' },
    REJECTED_AT_INTAKE: { type: 'reject_intake', reason: 'Không thuộc thẩm quyền giải quyết' },
    WITHDRAWN: { type: 'withdraw', reason: 'Người nộp xin rút hồ sơ' },
  };
  const intake = before[state];
  if (intake) {
    const created = await submitAtDesk(t, procedureCode, submission);
    if (intake.type) await act(t, desk, created.id, intake);
    return created.id as string;
  }

  const { id } = (await receivedAtDesk(t, procedureCode, submission)) as { id: string };
  if (state === 'RECEIVED') return id;
  await transferFromDesk(t, id);
  if (state === 'ASSIGNED') return id;
  const who = await staffOf();
  await act(t, await t.login(who.head), id, { type: 'assign', assigneeId: await idOf(t, who.specialist) });
  if (state === 'APPRAISAL') return id;

  const specialist = await t.login(who.specialist);
  const leader = await t.login(who.leader);
  if (state === 'SUPPLEMENT_REQUESTED') {
    await act(t, specialist, id, { type: 'request_supplement', items: supplementItems, reason: 'Cần bổ sung giấy tờ' });
    return id;
  }
  if (state === 'STOPPED') {
    await act(t, leader, id, { type: 'stop', reason: 'Người nộp đề nghị dừng giải quyết' });
    return id;
  }
  await act(t, specialist, id, { type: 'forward', opinion: { proposal: 'APPROVE', text: 'Hồ sơ đủ điều kiện.' } });
  if (state === 'AWAITING_APPROVAL') return id;
  await act(t, leader, id, { type: 'approve' });
  if (state === 'SIGNING') return id;
  await act(t, leader, id, { type: 'sign' });
  if (state === 'ISSUING') return id;
  await act(t, await t.login(who.clerk), id, { type: 'issue_result' });
  if (state === 'RESULT_READY') return id;
  await returnResult(t, desk, id);
  return id;
}

/** The desk hands the result over, first collecting a fee still due at return. */
async function returnResult(t: TestApp, desk: string, id: string): Promise<void> {
  const ready = await view(t, desk, id);
  const allowed = (action: string) => ready.allowedActions.some((a: { id: string; allowed: boolean }) => a.id === action && a.allowed);
  if (!allowed('return_result') && allowed('record_payment')) {
    await act(t, desk, id, { type: 'record_payment', method: 'CASH', amount: ready.fees.total });
  }
  await act(t, desk, id, { type: 'return_result', method: 'AT_DESK', receivedBy: 'Nguyễn Văn An' });
}
