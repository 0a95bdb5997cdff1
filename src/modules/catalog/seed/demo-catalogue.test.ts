import { describe, it, expect } from 'vitest';
import type { z } from 'zod';
import { EformSchema, type FieldCondition, ProcedureDetails } from '../catalog.schemas.ts';
import { demoFields } from './demo-fields.ts';
import type { DemoProcedure } from './demo-procedure.ts';
import { demoProcedures } from './procedures/index.ts';

type Eform = z.output<typeof EformSchema>;
type Condition = z.output<typeof FieldCondition>;

const TTHC_CODE = /^[1-9]\.\d{6}$/;
const FIELD_CODE = /^H21-[A-Z0-9]+$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

function parseEform(p: DemoProcedure): Eform {
  const parsed = EformSchema.safeParse(p.eform);
  if (!parsed.success) throw new Error(`${p.code} eform: ${parsed.error.message}`);
  return parsed.data;
}

function allFields(form: Eform) {
  return form.pages.flatMap((page) => page.fields);
}

/** Every condition in a form, with where it sits. */
function conditions(form: Eform): { where: string; cond: Condition }[] {
  const out: { where: string; cond: Condition }[] = [];
  for (const page of form.pages) {
    if (page.showIf) out.push({ where: `page ${page.id}`, cond: page.showIf });
    for (const f of page.fields) if (f.showIf) out.push({ where: `field ${f.name}`, cond: f.showIf });
  }
  return out;
}

describe('demo fields', () => {
  it('have unique, well-formed codes and names', () => {
    const codes = demoFields.map((f) => f.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const f of demoFields) {
      expect(f.code).toMatch(FIELD_CODE);
      expect(f.name.length).toBeGreaterThan(2);
      expect(f.sector.length).toBeGreaterThan(2);
    }
  });

  it('include the fields the brief names', () => {
    const names = demoFields.map((f) => f.name);
    for (const n of [
      'Báo chí',
      'Xuất bản, In và Phát hành',
      'Bưu chính',
      'Viễn thông và Internet',
      'Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân',
      'Văn bằng, chứng chỉ',
      'Hộ tịch',
      'Chứng thực',
    ]) {
      expect(names).toContain(n);
    }
  });
});

describe('demo procedure catalogue', () => {
  it('has at least 30 procedures', () => {
    expect(demoProcedures.length).toBeGreaterThanOrEqual(30);
  });

  it('has unique codes of the national TTHC form', () => {
    const codes = demoProcedures.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(TTHC_CODE);
  });

  it('has unique names', () => {
    const names = demoProcedures.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('contains "Cấp giấy phép hoạt động in" under that exact name', () => {
    const p = demoProcedures.find((x) => x.name === 'Cấp giấy phép hoạt động in');
    expect(p).toBeDefined();
    expect(p?.level).toBe('PROVINCE');
  });

  it('only uses known field codes', () => {
    const known = new Set(demoFields.map((f) => f.code));
    for (const p of demoProcedures) expect(known.has(p.fieldCode), `${p.code} → ${p.fieldCode}`).toBe(true);
  });

  it('covers every sector of the brief', () => {
    const byField = (code: string) => demoProcedures.filter((p) => p.fieldCode === code).length;
    expect(byField('H21-XBIN') + byField('H21-BCHI')).toBeGreaterThanOrEqual(8);
    expect(byField('H21-BUUC') + byField('H21-VTIN')).toBeGreaterThanOrEqual(5);
    expect(byField('H21-VBCC') + byField('H21-GDQD')).toBeGreaterThanOrEqual(5);
    expect(byField('H21-HTCH') + byField('H21-CTHU')).toBeGreaterThanOrEqual(10);
  });

  it.each(demoProcedures.map((p) => [p.code, p] as const))('%s details parse with ProcedureDetails', (_code, p) => {
    const parsed = ProcedureDetails.safeParse(p.details);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  });

  it.each(demoProcedures.map((p) => [p.code, p] as const))('%s e-form parses with EformSchema', (_code, p) => {
    const parsed = EformSchema.safeParse(p.eform);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  });

  it('keeps levels, agencies and workflows consistent', () => {
    for (const p of demoProcedures) {
      if (p.level === 'COMMUNE') {
        expect(p.agencies, p.code).toBe('COMMUNES');
        expect(['commune-standard', 'commune-same-day'], p.code).toContain(p.workflow);
        if (p.workflow === 'commune-same-day') expect(p.durationAmount, p.code).toBe(0);
        if (p.durationAmount > 0) expect(p.workflow, p.code).toBe('commune-standard');
      } else {
        expect(Array.isArray(p.agencies), p.code).toBe(true);
        expect((p.agencies as string[]).length, p.code).toBeGreaterThan(0);
        for (const a of p.agencies as string[]) expect(a, p.code).toMatch(/^H21\.\d{2}$/);
        expect(['province-standard', 'province-interagency'], p.code).toContain(p.workflow);
      }
    }
    const interagency = demoProcedures.filter((p) => p.workflow === 'province-interagency');
    expect(interagency.length).toBeGreaterThanOrEqual(1);
    expect(interagency.length).toBeLessThanOrEqual(2);
  });

  it('has sane time limits and cut-off times', () => {
    for (const p of demoProcedures) {
      expect(Number.isInteger(p.durationAmount), p.code).toBe(true);
      expect(p.durationAmount, p.code).toBeGreaterThanOrEqual(0);
      if (p.cutoffTime !== undefined) expect(p.cutoffTime, p.code).toMatch(HHMM);
      expect(p.details.durationText, p.code).toBeTruthy();
    }
  });

  it('has integer, non-negative fees with unique codes', () => {
    for (const p of demoProcedures) {
      const codes = p.details.fees.map((f) => f.code);
      expect(new Set(codes).size, p.code).toBe(codes.length);
      for (const f of p.details.fees) {
        expect(Number.isInteger(f.amount), `${p.code} ${f.code}`).toBe(true);
        expect(f.amount, `${p.code} ${f.code}`).toBeGreaterThanOrEqual(0);
      }
      if (p.paymentTiming !== undefined) expect(p.details.fees.some((f) => f.amount > 0), p.code).toBe(true);
    }
  });

  it('has unique component codes within each procedure, and reusable components name a document type', () => {
    for (const p of demoProcedures) {
      const codes = p.details.components.map((c) => c.code);
      expect(new Set(codes).size, p.code).toBe(codes.length);
      expect(codes.length, p.code).toBeGreaterThan(0);
      for (const c of p.details.components) {
        if (c.acceptsReuse) expect(c.documentType, `${p.code} ${c.code}`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    }
  });

  it('has unique result-type codes within each procedure', () => {
    for (const p of demoProcedures) {
      const codes = p.details.resultTypes.map((r) => r.code);
      expect(new Set(codes).size, p.code).toBe(codes.length);
    }
  });

  it('keeps e-forms small: version 1, 1–3 pages, 3–12 fields, unique names', () => {
    for (const p of demoProcedures) {
      const form = parseEform(p);
      expect(form.version, p.code).toBe(1);
      expect(form.pages.length, p.code).toBeGreaterThanOrEqual(1);
      expect(form.pages.length, p.code).toBeLessThanOrEqual(3);
      const fields = allFields(form);
      expect(fields.length, p.code).toBeGreaterThanOrEqual(3);
      expect(fields.length, p.code).toBeLessThanOrEqual(12);
      const names = fields.map((f) => f.name);
      expect(new Set(names).size, p.code).toBe(names.length);
      const pageIds = form.pages.map((pg) => pg.id);
      expect(new Set(pageIds).size, p.code).toBe(pageIds.length);
      expect(fields.some((f) => f.prefill !== undefined), `${p.code} has no prefill`).toBe(true);
      expect(fields.some((f) => f.required), `${p.code} has no required field`).toBe(true);
      for (const f of fields) {
        if (f.type === 'select') {
          expect(f.options?.length ?? 0, `${p.code} ${f.name}`).toBeGreaterThanOrEqual(2);
          const values = (f.options ?? []).map((o) => o.value);
          expect(new Set(values).size, `${p.code} ${f.name}`).toBe(values.length);
        }
      }
    }
  });

  it('only shows fields conditionally on existing, compatible fields', () => {
    for (const p of demoProcedures) {
      const form = parseEform(p);
      const fields = allFields(form);
      const byName = new Map(fields.map((f) => [f.name, f]));
      for (const { where, cond } of conditions(form)) {
        const target = byName.get(cond.field);
        expect(target, `${p.code} ${where} → ${cond.field}`).toBeDefined();
        if (!target) continue;
        expect(cond.field, `${p.code} ${where} refers to itself`).not.toBe(where.replace(/^field /, ''));
        if (cond.op === 'isTrue' || cond.op === 'isFalse') {
          expect(target.type, `${p.code} ${where}`).toBe('checkbox');
        }
        if (target.type === 'select' && (cond.op === 'equals' || cond.op === 'notEquals' || cond.op === 'in')) {
          const allowed = new Set((target.options ?? []).map((o) => o.value));
          const values = Array.isArray(cond.value) ? cond.value : [cond.value];
          for (const v of values) expect(allowed.has(String(v)), `${p.code} ${where}: ${String(v)}`).toBe(true);
          if (cond.op === 'in') expect(Array.isArray(cond.value), `${p.code} ${where}`).toBe(true);
        }
      }
    }
  });

  it('uses typed showIf conditions in several procedures', () => {
    const withConditions = demoProcedures.filter((p) => conditions(parseEform(p)).length > 0);
    expect(withConditions.length).toBeGreaterThanOrEqual(5);
  });

  it('uses every life event at least once', () => {
    const used = new Set(demoProcedures.flatMap((p) => p.lifeEvents));
    for (const e of ['birth', 'marriage', 'death', 'school', 'business', 'media', 'residence', 'documents'] as const) {
      expect(used.has(e), e).toBe(true);
    }
  });
});
