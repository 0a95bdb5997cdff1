import { describe, expect, it } from 'vitest';
import { buildTemplate, type TemplateName } from './templates.ts';
import { validateDefinition } from './validate-definition.ts';
import { WorkflowDefinition, type WorkflowDefinitionInput } from './workflow.schemas.ts';

const DAY = 450;
const keys = (def: WorkflowDefinitionInput, limitMinutes?: number) =>
  validateDefinition(WorkflowDefinition.parse(def), { workingDayMinutes: DAY, ...(limitMinutes !== undefined ? { legalLimitMinutes: limitMinutes } : {}) }).map(
    (i) => `${i.key}:${JSON.stringify(i.params ?? {})}`,
  );

const templates: TemplateName[] = ['province-standard', 'province-interagency', 'commune-standard', 'commune-same-day'];

describe('standard workflow templates', () => {
  for (const name of templates) {
    for (const days of [1, 3, 5, 15, 30]) {
      it(`${name} for ${days} working days is valid and fits the limit`, () => {
        expect(keys(buildTemplate(name, { minutes: days * DAY, tag: `${days}wd` }), days * DAY)).toEqual([]);
      });
    }
  }
});

/** A minimal valid process: intake → received → returned, plus the withdrawal exit. */
function minimal(): WorkflowDefinitionInput {
  return {
    key: 'test-minimal',
    version: 1,
    name: 'Minimal',
    start: 'intake',
    steps: [
      {
        id: 'intake',
        name: 'Intake',
        state: 'SUBMITTED',
        role: 'DESK_OFFICER',
        agency: 'RECEIVING',
        actions: [
          { id: 'receive', type: 'receive', to: 'handle' },
          { id: 'withdraw', type: 'withdraw', to: 'withdrawn' },
        ],
      },
      {
        id: 'handle',
        name: 'Handle',
        state: 'AWAITING_APPROVAL',
        role: 'LEADER',
        agency: 'COMPETENT',
        budget: { amount: 2, unit: 'WORKING_DAY' },
        actions: [{ id: 'approve', type: 'approve', to: 'ready' }],
      },
      {
        id: 'ready',
        name: 'Ready',
        state: 'RESULT_READY',
        role: 'DESK_OFFICER',
        agency: 'RECEIVING',
        actions: [{ id: 'return_result', type: 'return_result', to: 'returned' }],
      },
      { id: 'returned', name: 'Returned', state: 'RETURNED', role: null, agency: 'RECEIVING', terminal: true },
      { id: 'withdrawn', name: 'Withdrawn', state: 'WITHDRAWN', role: null, agency: 'RECEIVING', terminal: true },
    ],
  };
}

describe('validateDefinition', () => {
  it('accepts a minimal process', () => {
    expect(keys(minimal(), 3 * DAY)).toEqual([]);
  });

  it('rejects budgets over the legal limit, naming the path', () => {
    const problems = keys(minimal(), 1 * DAY);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^workflow\.budgetOverLimit:.*intake → handle/);
  });

  it('rejects an unreachable step', () => {
    const def = minimal();
    def.steps.push({ id: 'orphan', name: 'Orphan', state: 'APPRAISAL', role: 'SPECIALIST', agency: 'COMPETENT', actions: [{ id: 'stop', type: 'stop', to: 'withdrawn' }] } as never);
    expect(keys(def)).toEqual(['workflow.actionTarget:{"action":"stop","type":"stop","expected":"STOPPED","actual":"WITHDRAWN"}']);
    def.steps.push({ id: 'stopped', name: 'Stopped', state: 'STOPPED', role: null, agency: 'COMPETENT', terminal: true } as never);
    def.steps[5]!.actions![0]!.to = 'stopped';
    expect(keys(def)).toEqual(['workflow.unreachableStep:{"step":"orphan"}', 'workflow.unreachableStep:{"step":"stopped"}']);
  });

  it('rejects a dead end (a loop with no way out)', () => {
    const def = minimal();
    def.steps[1]!.actions = [{ id: 'to_self', type: 'forward', to: 'loop' }];
    def.steps.push({ id: 'loop', name: 'Loop', state: 'APPRAISAL', role: 'SPECIALIST', agency: 'COMPETENT', actions: [{ id: 'back', type: 'forward', to: 'handle' }] } as never);
    expect(keys(def)).toEqual(
      expect.arrayContaining(['workflow.deadEnd:{"step":"handle"}', 'workflow.deadEnd:{"step":"loop"}', 'workflow.unreachableStep:{"step":"ready"}']),
    );
  });

  it('rejects a move the law does not know (approve straight to RETURNED) and unknown targets', () => {
    const def = minimal();
    def.steps[1]!.actions = [{ id: 'approve', type: 'approve', to: 'returned' }];
    expect(keys(def)[0]).toBe('workflow.actionTarget:{"action":"approve","type":"approve","expected":"SIGNING | ISSUING | RESULT_READY | AWAITING_PAYMENT","actual":"RETURNED"}');
    def.steps[1]!.actions = [{ id: 'approve', type: 'approve', to: 'nowhere' }];
    expect(keys(def)).toEqual(['workflow.unknownStep:{"step":"nowhere"}']);
  });

  it('rejects an action used in a state it does not apply to, and a missing target', () => {
    const def = minimal();
    def.steps[0]!.actions = [{ id: 'approve', type: 'approve', to: 'ready' }, { id: 'receive', type: 'receive' }];
    expect(keys(def)).toEqual([
      'workflow.actionSource:{"action":"approve","type":"approve","state":"SUBMITTED"}',
      'workflow.actionNeedsTarget:{"action":"receive","type":"receive"}',
    ]);
  });

  it('requires the start to be a submission step, end steps to be terminal states, and the exits to exist', () => {
    const def = minimal();
    def.start = 'handle';
    def.steps = def.steps.filter((s) => s.id !== 'withdrawn');
    def.steps[0]!.actions = def.steps[0]!.actions!.filter((a) => a.id !== 'withdraw');
    expect(keys(def)).toEqual(['workflow.startState:{"step":"handle"}', 'workflow.missingTerminal:{"state":"WITHDRAWN"}']);
  });

  it('rejects a four-eyes guard naming an action that does not exist', () => {
    const def = minimal();
    def.steps[1]!.actions = [{ id: 'approve', type: 'approve', to: 'ready', guards: [{ kind: 'notSameActorAs', actions: ['recieve'] }] }];
    expect(keys(def)).toEqual(['workflow.unknownAction:{"action":"recieve"}']);
  });

  it('parses guards as typed data: an unknown guard kind is a schema error, not a string to interpret', () => {
    const def = minimal();
    (def.steps[1]!.actions![0] as { guards: unknown[] }).guards = [{ kind: 'payok' }];
    expect(WorkflowDefinition.safeParse(def).success).toBe(false);
  });
});
