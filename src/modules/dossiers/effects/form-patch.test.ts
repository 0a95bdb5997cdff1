import { describe, expect, it } from 'vitest';
import { applyComponentsProvided, changedFields, patchedFormData } from './form-patch.ts';
import { component, effectContext, memoryRecords } from './test-fixtures.ts';

describe('supplement completions', () => {
  it('mark the components handed in, and only components the dossier has', async () => {
    const records = memoryRecords({ components: [component('TP01'), component('TP02')] });
    expect(await applyComponentsProvided(effectContext({ records }), ['TP01'])).toEqual(['TP01']);
    expect(records.data.components.find((c) => c.code === 'TP01')?.provided).toBe(true);
    expect(await applyComponentsProvided(effectContext({ records }), undefined)).toEqual([]);
    await expect(applyComponentsProvided(effectContext({ records }), ['TP01', 'ZZ'])).rejects.toMatchObject({ issues: [{ path: ['componentsProvided'], params: { code: 'ZZ' } }] });
  });

  it('merge corrected answers into the form and check the whole form again', () => {
    expect(patchedFormData(effectContext(), undefined)).toBeUndefined();
    expect(patchedFormData(effectContext(), {})).toBeUndefined();
    expect(patchedFormData(effectContext(), { copies: 3 })).toEqual({ purpose: 'Học tập', copies: 3 });
    expect(() => patchedFormData(effectContext(), { copies: 'ba' })).toThrow();
  });

  it('name exactly the answers that changed', () => {
    expect(changedFields({ a: 1, b: 'x' }, { a: 1, b: 'y', c: true })).toEqual(['b', 'c']);
    expect(changedFields({ a: 1 }, undefined)).toEqual([]);
    expect(changedFields({ a: 1, b: 2 }, { a: 1 })).toEqual(['b']);
  });
});
