import { describe, expect, it } from 'vitest';
import { ActionInput } from '../action-inputs.ts';
import { effects } from './index.ts';

describe('the effects registry', () => {
  it('has exactly one handler for every action type the API accepts', () => {
    const types = ActionInput.options.map((o) => o.shape.type.value).sort();
    expect(Object.keys(effects).sort()).toEqual(types);
    for (const handler of Object.values(effects)) expect(typeof handler.run).toBe('function');
  });
});
