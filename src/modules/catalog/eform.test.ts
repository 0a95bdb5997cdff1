import { describe, expect, it } from 'vitest';
import { EformSchema } from './catalog.schemas.ts';
import { validateFormData, visibleFields } from './eform.ts';

const schema = EformSchema.parse({
  version: 1,
  pages: [
    {
      id: 'chung',
      title: 'Thông tin chung',
      fields: [
        { name: 'hoTen', label: 'Họ và tên', type: 'text', required: true, minLength: 2 },
        { name: 'soDinhDanh', label: 'Số định danh', type: 'personalId', required: true },
        { name: 'loaiYeuCau', label: 'Loại yêu cầu', type: 'select', required: true, options: [{ value: 'cap-moi', label: 'Cấp mới' }, { value: 'cap-lai', label: 'Cấp lại' }] },
        { name: 'lyDoCapLai', label: 'Lý do cấp lại', type: 'textarea', required: true, showIf: { field: 'loaiYeuCau', op: 'equals', value: 'cap-lai' } },
        { name: 'soBan', label: 'Số bản', type: 'number', min: 1, max: 10 },
      ],
    },
    { id: 'doanhNghiep', title: 'Doanh nghiệp', showIf: { field: 'laDoanhNghiep', op: 'isTrue' }, fields: [{ name: 'maSoThue', label: 'MST', type: 'taxCode', required: true }] },
    { id: 'khac', title: 'Khác', fields: [{ name: 'laDoanhNghiep', label: 'Là doanh nghiệp', type: 'checkbox' }] },
  ],
});

const keys = (data: Record<string, unknown>) => validateFormData(schema, data).issues.map((i) => `${i.path.join('.')}:${i.key}`);

describe('e-form validation', () => {
  const base = { hoTen: 'Nguyễn Văn An', soDinhDanh: '064095012345', loaiYeuCau: 'cap-moi' };

  it('accepts a complete form and trims text', () => {
    const r = validateFormData(schema, { ...base, hoTen: '  Nguyễn Văn An  ' });
    expect(r.issues).toEqual([]);
    expect(r.data.hoTen).toBe('Nguyễn Văn An');
  });

  it('asks conditional questions only when their condition holds', () => {
    expect(keys(base)).toEqual([]);
    expect(keys({ ...base, loaiYeuCau: 'cap-lai' })).toEqual(['formData.lyDoCapLai:validation.required']);
    expect(visibleFields(schema, { laDoanhNghiep: true }).map((f) => f.name)).toContain('maSoThue');
    expect(keys({ ...base, laDoanhNghiep: true })).toEqual(['formData.maSoThue:validation.required']);
  });

  it('drops answers to hidden questions rather than storing them', () => {
    const r = validateFormData(schema, { ...base, lyDoCapLai: 'bị mất' });
    expect(r.issues).toEqual([]);
    expect(r.data).not.toHaveProperty('lyDoCapLai');
  });

  it('checks each type, bounds, options and identifiers', () => {
    expect(keys({ ...base, soDinhDanh: '064095012346' })).toEqual([]);
    expect(keys({ ...base, soDinhDanh: '12345' })).toEqual(['formData.soDinhDanh:validation.personalId']);
    expect(keys({ ...base, loaiYeuCau: 'khac' })).toEqual(['formData.loaiYeuCau:validation.enum']);
    expect(keys({ ...base, soBan: 11 })).toEqual(['formData.soBan:validation.tooBig.number']);
    expect(keys({ ...base, soBan: '3' })).toEqual(['formData.soBan:validation.type']);
    expect(keys({ ...base, laDoanhNghiep: true, maSoThue: '0100109105' })).toEqual(['formData.maSoThue:validation.taxCode']);
    expect(keys({ ...base, hoTen: 'A' })).toEqual(['formData.hoTen:validation.tooSmall.string']);
  });

  it('refuses unknown fields', () => {
    expect(keys({ ...base, __proto__x: 1, khac: 'x' })).toEqual(['formData:validation.unknownKeys']);
  });
});
