// The e-form on the portal without a browser: posted strings become typed answers, a page's errors
// name their question, conditional questions are dropped when their condition fails, and hostile
// values are errors, never exceptions.
import { describe, expect, it } from 'vitest';
import { validateFormData, type EformSchema } from '../../src/modules/catalog/index.ts';
import { answersFromPost, mergedAnswers, renderField } from '../../src/web/portal/submission/eform-fields.ts';
import { pageErrors } from '../../src/web/portal/submission/form-step-page.ts';

const schema: EformSchema = {
  version: 1,
  pages: [
    {
      id: 'p1',
      title: 'Yêu cầu',
      fields: [
        { name: 'loai', label: 'Loại', type: 'select', required: true, options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
        { name: 'lyDo', label: 'Lý do', type: 'text', required: true, showIf: { field: 'loai', op: 'equals', value: 'b' } },
        { name: 'soBan', label: 'Số bản', type: 'number', required: true, min: 1, max: 5 },
        { name: 'dongY', label: 'Đồng ý', type: 'checkbox', required: false },
        { name: 'dienThoai', label: 'Điện thoại', type: 'phone', required: false },
      ],
    },
  ],
};
const fields = schema.pages[0]!.fields;

describe('e-form answers from a posted page', () => {
  it('types numbers and checkboxes, and treats blanks as not answered', () => {
    expect(answersFromPost(fields, { loai: ' a ', soBan: '3', dongY: ['false', 'true'], dienThoai: '' })).toEqual({ loai: 'a', soBan: 3, dongY: true });
    expect(answersFromPost(fields, { soBan: '3 bản', dongY: 'false' })).toEqual({ soBan: '3 bản', dongY: false });
  });

  it('replaces only the posted page in the draft answers', () => {
    expect(mergedAnswers({ loai: 'b', lyDo: 'cũ', khac: 'giữ' }, fields, { loai: 'a', soBan: '1' })).toEqual({ khac: 'giữ', loai: 'a', soBan: 1, dongY: false });
  });

  it('asks a conditional question only when its condition holds, and names the question in each error', () => {
    const hidden = validateFormData(schema, answersFromPost(fields, { loai: 'a', soBan: '2' }));
    expect(hidden.issues).toEqual([]);
    const shown = validateFormData(schema, answersFromPost(fields, { loai: 'b', soBan: '9', dienThoai: '12' }));
    const errors = pageErrors('vi', fields, shown.issues);
    expect(Object.keys(errors).sort()).toEqual(['dienThoai', 'lyDo', 'soBan']);
    expect(errors.lyDo).toMatch(/^Lý do: /);
    expect(errors.soBan).toMatch(/^Số bản: .*5/);
  });

  it('turns hostile values into errors, not exceptions, and prints them escaped', () => {
    const hostile = { loai: '<img src=x onerror=alert(1)>', soBan: '1e999', dongY: ['true', '{"$ne":1}'], __proto__: 'x', constructor: 'y' } as Record<string, string | string[]>;
    const answers = answersFromPost(fields, hostile);
    const { issues } = validateFormData(schema, answers);
    expect(Object.keys(pageErrors('vi', fields, issues)).sort()).toEqual(['loai', 'soBan']);
    const html = renderField({ field: fields[0]!, value: answers.loai, error: 'x', prefilled: undefined, pageFields: fields }, 'vi').value;
    expect(html).not.toContain('<img');
    const conditional = renderField({ field: fields[1]!, value: undefined, error: undefined, prefilled: 'identity', pageFields: fields }, 'vi').value;
    expect(conditional).toContain('Chỉ trả lời nếu “Loại” là: B.');
    expect(conditional).toContain('Đã điền sẵn từ tài khoản định danh điện tử');
  });
});
