/**
 * Standard electronic workflows derived from the usual internal processes
 * (DOMAIN §4.2–4.8): a provincial department process, the same with
 * inter-agency processing, a commune process and a same-day commune process.
 * Step budgets are shares of the legal limit, so the sum never exceeds it; the
 * seed stores each built definition as a versioned row like any other.
 */
import type { Budget, Guard, WorkflowAction, WorkflowDefinitionInput, WorkflowStep } from './workflow.schemas.ts';

export type TemplateName = 'province-standard' | 'province-interagency' | 'commune-standard' | 'commune-same-day';

export interface TemplateLimit {
  /** The legal limit in working minutes (a same-day procedure counts as one working day). */
  minutes: number;
  /** A short tag for the definition key, e.g. "5wd". */
  tag: string;
}

type StepInput = Omit<WorkflowStep, 'terminal' | 'actions'> & { terminal?: boolean; actions?: WorkflowAction[] };

const step = (s: StepInput): StepInput => s;
const act = (id: string, type: WorkflowAction['type'], extra: Partial<WorkflowAction> = {}): WorkflowAction => ({
  id,
  type,
  guards: [],
  ...extra,
});

/** Budget as a share of the limit, in working hours rounded down to a quarter hour (at least 15 minutes). */
function share(limit: TemplateLimit, fraction: number): Budget {
  const quarters = Math.max(1, Math.floor((limit.minutes * fraction) / 15));
  return { amount: quarters / 4, unit: 'WORKING_HOUR' };
}

// Stopping is the competent agency's decision wherever the dossier waits; withdrawal is received by the desk.
const stop = act('stop', 'stop', { to: 'stopped', roles: ['LEADER'], agency: 'COMPETENT', label: 'Dừng xử lý' });
const withdraw = act('withdraw', 'withdraw', { to: 'withdrawn', roles: ['APPLICANT', 'DESK_OFFICER'], agency: 'RECEIVING', label: 'Rút hồ sơ' });
const extendAction = act('extend', 'extend', { roles: ['LEADER'], agency: 'COMPETENT', guards: [{ kind: 'maxExtensions', max: 1 }, { kind: 'beforeDueByWorkingDays', days: 1 }], label: 'Gia hạn, xin lỗi' });
/** Recording a fee paid at the desk, wherever the dossier stands; only offered while a fee is due. */
const recordPayment = act('record_payment', 'record_payment', { roles: ['DESK_OFFICER'], agency: 'RECEIVING', guards: [{ kind: 'paymentDue' }], label: 'Thu phí, lệ phí' });

function intakeSteps(firstProcessingStep: string): StepInput[] {
  return [
    step({
      id: 'intake',
      name: 'Kiểm tra, tiếp nhận hồ sơ',
      nameEn: 'Intake check',
      state: 'SUBMITTED',
      role: 'DESK_OFFICER',
      agency: 'RECEIVING',
      actions: [
        act('receive', 'receive', { to: firstProcessingStep, guards: [{ kind: 'requiredComponentsProvided' }], label: 'Tiếp nhận (Mẫu 01)' }),
        act('request_intake_supplement', 'request_intake_supplement', {
          to: 'intake_supplement',
          guards: [{ kind: 'maxSupplementRounds', max: 1, stage: 'INTAKE' }],
          label: 'Hướng dẫn bổ sung (Mẫu 02)',
        }),
        act('reject', 'reject_intake', { to: 'rejected', label: 'Từ chối tiếp nhận (Mẫu 03)' }),
        withdraw,
      ],
    }),
    step({
      id: 'intake_supplement',
      name: 'Chờ công dân bổ sung trước khi tiếp nhận',
      nameEn: 'Waiting for the applicant before intake',
      state: 'INTAKE_SUPPLEMENT',
      role: 'APPLICANT',
      agency: 'RECEIVING',
      actions: [
        act('complete_intake_supplement', 'complete_intake_supplement', { to: 'intake', roles: ['APPLICANT', 'DESK_OFFICER'] }),
        act('reject', 'reject_intake', { to: 'rejected', roles: ['DESK_OFFICER'] }),
        withdraw,
      ],
    }),
  ];
}

function waitingAndEndSteps(): StepInput[] {
  return [
    step({
      id: 'supplement',
      name: 'Chờ công dân bổ sung, hoàn thiện hồ sơ',
      nameEn: 'Waiting for the supplement',
      state: 'SUPPLEMENT_REQUESTED',
      role: 'APPLICANT',
      agency: 'RECEIVING',
      actions: [
        act('complete_supplement', 'complete_supplement', { returnToOrigin: true, roles: ['APPLICANT', 'DESK_OFFICER'] }),
        stop,
        withdraw,
      ],
    }),
    step({
      id: 'payment',
      name: 'Chờ thực hiện nghĩa vụ tài chính',
      nameEn: 'Waiting for payment',
      state: 'AWAITING_PAYMENT',
      role: 'DESK_OFFICER',
      agency: 'RECEIVING',
      actions: [act('record_payment', 'record_payment', { returnToOrigin: true, guards: [{ kind: 'paymentDue' }] }), stop, withdraw],
    }),
    step({
      id: 'result_ready',
      name: 'Trả kết quả',
      nameEn: 'Return the result',
      state: 'RESULT_READY',
      role: 'DESK_OFFICER',
      agency: 'RECEIVING',
      actions: [
        act('return_result', 'return_result', { to: 'returned', guards: [{ kind: 'paymentSettled', stage: 'RETURN' }], label: 'Trả kết quả' }),
        recordPayment,
      ],
    }),
    step({ id: 'returned', name: 'Đã trả kết quả', nameEn: 'Returned', state: 'RETURNED', role: null, agency: 'RECEIVING', terminal: true }),
    step({ id: 'withdrawn', name: 'Đã rút hồ sơ', nameEn: 'Withdrawn', state: 'WITHDRAWN', role: null, agency: 'RECEIVING', terminal: true }),
    step({ id: 'stopped', name: 'Đã dừng xử lý', nameEn: 'Stopped', state: 'STOPPED', role: null, agency: 'COMPETENT', terminal: true }),
    step({ id: 'rejected', name: 'Không tiếp nhận', nameEn: 'Not accepted', state: 'REJECTED_AT_INTAKE', role: null, agency: 'RECEIVING', terminal: true }),
  ];
}

/** Actions every processing step offers besides its own: supplement, payment, extension, stop, withdrawal. */
function commonProcessing(assigned: boolean): WorkflowAction[] {
  const mine: Guard[] = assigned ? [{ kind: 'assignedToActor' }] : [];
  return [
    act('request_supplement', 'request_supplement', {
      to: 'supplement',
      guards: [...mine, { kind: 'maxSupplementRounds', max: 1, stage: 'PROCESSING' }, { kind: 'withinWorkingDaysOfReceipt', days: 3 }],
      label: 'Yêu cầu bổ sung (Mẫu 02)',
    }),
    act('consult', 'consult', { guards: mine, label: 'Lấy ý kiến' }),
    // Answered by the consulted agency's officers (their agency, not the step's, is checked).
    act('reply_consultation', 'reply_consultation', { roles: ['SPECIALIST', 'DEPARTMENT_HEAD', 'LEADER'], label: 'Trả lời ý kiến' }),
    act('request_payment', 'request_payment', { to: 'payment', guards: mine, label: 'Yêu cầu nộp phí, lệ phí' }),
    extendAction,
    stop,
    withdraw,
  ];
}

function approvalSteps(limit: TemplateLimit, approvalShare: number, signingShare: number, withClerk: boolean, proposals: string[]): StepInput[] {
  // Four-eyes: whoever received the dossier or proposed the decision does not approve it.
  const fourEyes: Guard = { kind: 'notSameActorAs', actions: ['receive', ...proposals] };
  const afterSign = withClerk ? 'issuing' : 'result_ready';
  const steps: StepInput[] = [
    step({
      id: 'approval',
      name: 'Lãnh đạo xem xét, phê duyệt',
      nameEn: 'Approval',
      state: 'AWAITING_APPROVAL',
      role: 'LEADER',
      agency: 'COMPETENT',
      budget: share(limit, approvalShare),
      actions: [
        act('approve', 'approve', { to: 'signing', guards: [fourEyes], label: 'Phê duyệt' }),
        act('refuse', 'refuse', { to: 'signing', guards: [fourEyes], label: 'Từ chối giải quyết (Mẫu 03)' }),
        act('send_back', 'forward', { to: 'appraisal', label: 'Trả lại để thẩm định lại' }),
        extendAction,
        stop,
        withdraw,
      ],
    }),
    step({
      id: 'signing',
      name: 'Ký số kết quả',
      nameEn: 'Digital signature',
      state: 'SIGNING',
      role: 'LEADER',
      agency: 'COMPETENT',
      budget: share(limit, signingShare),
      actions: [
        act('sign', 'sign', { to: afterSign, guards: withClerk ? [] : [{ kind: 'paymentSettled', stage: 'RESULT' }], label: 'Ký số' }),
        ...(withClerk ? [] : [recordPayment]),
        stop,
        withdraw,
      ],
    }),
  ];
  if (withClerk) {
    steps.push(
      step({
        id: 'issuing',
        name: 'Vào số, đóng dấu, phát hành kết quả',
        nameEn: 'Numbering and issue',
        state: 'ISSUING',
        role: 'RECORDS_CLERK',
        agency: 'COMPETENT',
        budget: share(limit, signingShare),
        actions: [
          act('issue_result', 'issue_result', { to: 'result_ready', guards: [{ kind: 'paymentSettled', stage: 'RESULT' }], label: 'Phát hành' }),
          recordPayment,
          stop,
          withdraw,
        ],
      }),
    );
  }
  return steps;
}

function provinceSteps(limit: TemplateLimit, interagency: boolean): StepInput[] {
  const appraisalActions: WorkflowAction[] = [
    act('submit_opinion', 'forward', {
      to: 'approval',
      guards: [{ kind: 'assignedToActor' }, { kind: 'noOpenConsultations' }],
      label: 'Trình kết quả thẩm định',
    }),
    ...commonProcessing(true),
  ];
  if (interagency) {
    appraisalActions.splice(1, 0, act('start_interagency', 'start_interagency', { to: 'interagency', guards: [{ kind: 'assignedToActor' }], label: 'Chuyển liên thông' }));
  }
  const steps: StepInput[] = [
    ...intakeSteps('received'),
    step({
      id: 'received',
      name: 'Chuyển hồ sơ đến cơ quan giải quyết',
      nameEn: 'Transfer to the competent agency',
      state: 'RECEIVED',
      role: 'DESK_OFFICER',
      agency: 'RECEIVING',
      budget: share(limit, 0.1),
      actions: [
        act('transfer', 'transfer', { to: 'assignment', guards: [{ kind: 'paymentSettled', stage: 'PROCESSING' }], label: 'Chuyển xử lý' }),
        recordPayment,
        stop,
        withdraw,
      ],
    }),
    step({
      id: 'assignment',
      name: 'Lãnh đạo phòng phân công xử lý',
      nameEn: 'Assignment',
      state: 'ASSIGNED',
      role: 'DEPARTMENT_HEAD',
      agency: 'COMPETENT',
      budget: share(limit, 0.1),
      actions: [act('assign', 'assign', { to: 'appraisal', label: 'Phân công' }), extendAction, stop, withdraw],
    }),
    step({
      id: 'appraisal',
      name: 'Chuyên viên thẩm định hồ sơ',
      nameEn: 'Appraisal',
      state: 'APPRAISAL',
      role: 'SPECIALIST',
      agency: 'COMPETENT',
      budget: share(limit, interagency ? 0.3 : 0.5),
      actions: appraisalActions,
    }),
  ];
  if (interagency) {
    steps.push(
      step({
        id: 'interagency',
        name: 'Xử lý liên thông giữa các cơ quan',
        nameEn: 'Inter-agency processing',
        state: 'INTERAGENCY',
        role: 'SPECIALIST',
        agency: 'COMPETENT',
        budget: share(limit, 0.2),
        actions: [
          act('complete_task', 'complete_task', { roles: ['SPECIALIST', 'DEPARTMENT_HEAD', 'LEADER'], label: 'Hoàn thành phần việc' }),
          act('interagency_done', 'forward', {
            to: 'approval',
            guards: [{ kind: 'assignedToActor' }, { kind: 'allTasksCompleted' }],
            label: 'Tổng hợp, trình phê duyệt',
          }),
          extendAction,
          stop,
          withdraw,
        ],
      }),
    );
  }
  const proposals = interagency ? ['submit_opinion', 'interagency_done'] : ['submit_opinion'];
  return [...steps, ...approvalSteps(limit, 0.15, 0.075, true, proposals), ...waitingAndEndSteps()];
}

function communeSteps(limit: TemplateLimit, sameDay: boolean): StepInput[] {
  const appraisal = step({
    id: 'appraisal',
    name: sameDay ? 'Công chức xử lý hồ sơ' : 'Công chức chuyên môn thẩm định hồ sơ',
    nameEn: 'Appraisal',
    state: 'APPRAISAL',
    role: 'SPECIALIST',
    agency: 'COMPETENT',
    budget: share(limit, sameDay ? 0.5 : 0.6),
    actions: [
      act('submit_opinion', 'forward', {
        to: 'approval',
        guards: [{ kind: 'noOpenConsultations' }, ...(sameDay ? [{ kind: 'paymentSettled' as const, stage: 'PROCESSING' as const }] : [])],
        label: 'Trình ký',
      }),
      ...(sameDay ? [recordPayment] : []),
      ...commonProcessing(false),
    ],
  });
  const received = step({
    id: 'received',
    name: 'Chuyển hồ sơ cho công chức chuyên môn',
    nameEn: 'Hand over to the handler',
    state: 'RECEIVED',
    role: 'DESK_OFFICER',
    agency: 'RECEIVING',
    budget: share(limit, 0.1),
    actions: [
      act('transfer', 'transfer', { to: 'appraisal', guards: [{ kind: 'paymentSettled', stage: 'PROCESSING' }], label: 'Chuyển xử lý' }),
      recordPayment,
      stop,
      withdraw,
    ],
  });
  return [
    ...intakeSteps(sameDay ? 'appraisal' : 'received'),
    ...(sameDay ? [] : [received]),
    appraisal,
    ...approvalSteps(limit, sameDay ? 0.25 : 0.2, sameDay ? 0.2 : 0.1, false, ['submit_opinion']),
    ...waitingAndEndSteps(),
  ];
}

export function buildTemplate(name: TemplateName, limit: TemplateLimit, version = 1): WorkflowDefinitionInput {
  const names: Record<TemplateName, string> = {
    'province-standard': 'Quy trình cấp tỉnh (một cửa tại Trung tâm, giải quyết tại Sở)',
    'province-interagency': 'Quy trình cấp tỉnh có liên thông',
    'commune-standard': 'Quy trình cấp xã',
    'commune-same-day': 'Quy trình cấp xã giải quyết trong ngày',
  };
  const steps =
    name === 'province-standard'
      ? provinceSteps(limit, false)
      : name === 'province-interagency'
        ? provinceSteps(limit, true)
        : communeSteps(limit, name === 'commune-same-day');
  return {
    key: `${name}-${limit.tag}`,
    version,
    name: `${names[name]} — ${limit.tag}`,
    start: 'intake',
    steps,
    ...(name === 'province-interagency' ? { interagency: { modes: ['SEQUENTIAL', 'PARALLEL'], crossLevel: true } } : {}),
  } as WorkflowDefinitionInput;
}
