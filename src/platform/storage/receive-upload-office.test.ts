// Office files: kept as sent when clean; macros, scripts and zip bombs refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../i18n/index.ts';
import { buildCfb } from './test-fixtures/cfb-writer.ts';
import { createUploadHarness, type UploadHarness } from './test-fixtures/upload-harness.ts';
import { buildZip, docxLike, odfLike, xlsxLike } from './test-fixtures/zip-writer.ts';
import type { UploadPolicy } from './upload-policy.ts';

const OFFICE: UploadPolicy = { allowed: ['pdf', 'docx', 'xlsx', 'odt', 'ods', 'doc', 'xls'], maxBytes: 5 * 1024 * 1024 };
const ODT = 'application/vnd.oasis.opendocument.text';
const ODS = 'application/vnd.oasis.opendocument.spreadsheet';

let h: UploadHarness;
beforeAll(async () => {
  h = await createUploadHarness();
});
afterAll(async () => {
  await h.cleanup();
});

describe('office uploads', () => {
  it.each([
    ['docx', docxLike(), 'Tờ trình.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xlsx', xlsxLike(), 'Bảng kê.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['odt', odfLike(ODT), 'Đơn.odt', ODT],
    ['ods', odfLike(ODS), 'Bảng.ods', ODS],
    ['doc', buildCfb([{ name: 'WordDocument', type: 'stream' }, { name: '1Table', type: 'stream' }]), 'Cũ.doc', 'application/msword'],
    ['xls', buildCfb([{ name: 'Workbook', type: 'stream' }]), 'Cũ.xls', 'application/vnd.ms-excel'],
  ])('accepts a clean %s as sent', async (kind, bytes, name, contentType) => {
    const accepted = await h.upload(bytes, name, OFFICE);
    expect(accepted).toMatchObject({ kind, contentType, fileName: name, pages: null, normalised: false, size: bytes.length });
    expect((await h.store.read(accepted.sha256)).equals(bytes)).toBe(true);
  });

  it('fixes the extension of a document sent under the wrong name', async () => {
    expect((await h.upload(xlsxLike(), 'bao-cao.docx', OFFICE)).fileName).toBe('bao-cao.xlsx');
  });

  it.each([
    ['a .docm renamed .docx (word/vbaProject.bin)', docxLike([{ name: 'word/vbaProject.bin', data: 'VBA' }]), 'VBA (vbaProject.bin)'],
    ['an Excel 4.0 macro sheet', xlsxLike([{ name: 'xl/macrosheets/sheet1.xml', data: '<xm/>' }]), 'Excel 4.0 macro sheet'],
    ['an ActiveX control', docxLike([{ name: 'word/activeX/activeX1.bin', data: 'x' }]), 'ActiveX'],
    ['ODF Basic macros', odfLike(ODT, [{ name: 'Basic/Standard/Module1.xml', data: '<script/>' }]), 'OpenOffice Basic'],
    ['a .doc with a Macros storage', buildCfb([{ name: 'WordDocument', type: 'stream' }, { name: 'Macros', type: 'storage' }]), 'Macros'],
    [
      'an .xls with a VBA project',
      buildCfb([{ name: 'Workbook', type: 'stream' }, { name: '_VBA_PROJECT_CUR', type: 'storage' }, { name: 'VBA', type: 'storage' }]),
      '_VBA_PROJECT_CUR, VBA',
    ],
  ])('refuses %s', async (_label, bytes, found) => {
    const refused = await h.refusal(bytes, 'tep.docx', OFFICE);
    expect(refused).toMatchObject({ status: 422, key: 'upload.officeMacros', params: { found } });
    expect(t('vi', refused.key, refused.params)).toContain(`chứa macro hoặc mã thực thi (${found})`);
  });

  it('refuses a zip bomb from the sizes its directory declares', async () => {
    const bomb = docxLike([{ name: 'word/media/image1.png', data: Buffer.alloc(1000), deflate: true, declaredSize: 600 * 1024 * 1024 }]);
    expect(bomb.length).toBeLessThan(2000);
    expect(await h.refusal(bomb, 'bom.docx', OFFICE)).toMatchObject({ status: 422, key: 'upload.zipBomb' });
  });

  it('refuses a zip with an absurd number of entries', async () => {
    const many = docxLike(Array.from({ length: 10_001 }, (_, i) => ({ name: `word/p${i}.xml`, data: '' })));
    expect((await h.refusal(many, 'nhieu.docx', OFFICE)).key).toBe('upload.zipBomb');
  });

  it('refuses a broken zip as a broken office file where office files are allowed, else as unknown', async () => {
    const broken = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 1)]);
    expect((await h.refusal(broken, 'hong.docx', OFFICE)).key).toBe('upload.officeCorrupt');
    expect((await h.refusal(broken, 'hong.docx')).key).toBe('upload.typeUnknown');
    const brokenCfb = Buffer.concat([buildCfb([]).subarray(0, 512)]);
    expect((await h.refusal(brokenCfb, 'hong.doc', OFFICE)).key).toBe('upload.officeCorrupt');
  });

  it('refuses containers that are not documents: a plain zip, a PowerPoint, an Outlook message', async () => {
    const plainZip = buildZip([{ name: 'virus.exe', data: 'MZ' }]);
    const pptx = buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'ppt/presentation.xml', data: '<p/>' }]);
    const msg = buildCfb([{ name: '__properties_version1.0', type: 'stream' }]);
    for (const bytes of [plainZip, pptx, msg]) expect((await h.refusal(bytes, 'x.docx', OFFICE)).key).toBe('upload.typeUnknown');
  });

  it('keeps nothing it refused and no temporary files', async () => {
    const left = await h.leftovers();
    expect(left.tmp).toEqual([]);
    expect(left.stored).toHaveLength(6); // the six clean documents (the renamed xlsx is the same bytes)
  });
});
