import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../calendar/index.ts';
import { step, vn } from '../effects/test-fixtures.ts';
import { stepUses } from './dossier-page.ts';

/** A commune office open mornings only: a working day of 4 hours. */
const mornings = new WorkingCalendar({ workingHours: { weekdays: [1, 2, 3, 4, 5], intervals: [['07:30', '11:30']] }, overrides: [], officialYears: [2025] });
const definition = { steps: [step('intake', { budget: { amount: 1, unit: 'WORKING_DAY' } }), step('appraisal', { budget: { amount: 3, unit: 'WORKING_HOUR' } }), step('approval')] };
const action = (seq: number, at: string, fromStep: string, toStep: string) => ({ seq, at: vn(at), fromStep, toStep });

describe('the dossier page’s step budgets', () => {
  it('measure each step’s time in the agency’s working hours, a day of budget at its working day', () => {
    const uses = stepUses(
      [
        action(1, '2025-03-10 08:00', 'intake', 'intake'), // submitted
        action(2, '2025-03-11 08:30', 'intake', 'appraisal'), // 3.5 h + 1 h = 4.5 h against 1 day = 4 h
        action(3, '2025-03-11 10:30', 'appraisal', 'approval'), // 2 h against 3 h
        action(4, '2025-03-12 09:00', 'approval', 'approval'), // no budget
      ],
      definition,
      mornings,
    );
    expect(uses.get(2)).toEqual({ seq: 2, budget: { amount: 1, unit: 'WORKING_DAY' }, usedHours: 4.5, over: true });
    expect(uses.get(3)).toEqual({ seq: 3, budget: { amount: 3, unit: 'WORKING_HOUR' }, usedHours: 2, over: false });
    expect(uses.get(4)).toMatchObject({ budget: null, over: false, usedHours: 2.5 });
    expect(uses.has(1)).toBe(false);
  });

  it('counts a whole afternoon as half of an 8-hour agency’s working day', () => {
    const eightHours = new WorkingCalendar({ workingHours: { weekdays: [1, 2, 3, 4, 5], intervals: [['07:00', '11:00'], ['13:00', '17:00']] }, overrides: [], officialYears: [2025] });
    const uses = stepUses([action(1, '2025-03-10 13:00', 'intake', 'intake'), action(2, '2025-03-10 17:30', 'intake', 'appraisal'), action(3, '2025-03-11 07:30', 'appraisal', 'approval')], definition, eightHours);
    expect(uses.get(2)).toMatchObject({ usedHours: 4, over: false });
    expect(uses.get(3)).toMatchObject({ usedHours: 0.5, over: false });
  });
});
