// Office files: kept as sent when clean; macros, scripts and zip bombs refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../i18n/index.ts';
import { buildCfb } from './test-fixtures/cfb-writer.ts';
import { createUploadHarness, type UploadHarness } from './test-fixtures/upload-harness.ts';
import { buildZip, deflatedZeros, docxLike, odfLike, xlsxLike } from './test-fixtures/zip-writer.ts';
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

  // The zip's own names are the sender's word: code is found by content (issue 11, item 8).
  const vbaProject = buildCfb([{ name: 'VBA', type: 'storage' }, { name: '_VBA_PROJECT', type: 'stream' }, { name: 'dir', type: 'stream' }]);
  it.each([
    ['a VBA project stored under an image name', docxLike([{ name: 'word/media/image1.png', data: vbaProject, deflate: true }]), 'VBA (word/media/image1.png)'],
    ['a VBA project stored, not deflated, as customXml', xlsxLike([{ name: 'customXml/item9.bin', data: vbaProject }]), 'VBA (customXml/item9.bin)'],
    [
      'an embedded OLE object that carries its own VBA project',
      docxLike([{ name: 'word/embeddings/oleObject1.bin', data: buildCfb([{ name: 'Workbook', type: 'stream' }, { name: '_VBA_PROJECT_CUR', type: 'storage' }]), deflate: true }]),
      'VBA (word/embeddings/oleObject1.bin)',
    ],
    [
      'an OLE package (a file of any kind, run on a double click)',
      docxLike([{ name: 'word/embeddings/oleObject1.bin', data: buildCfb([{ name: '\u0001Ole10Native', type: 'stream' }, { name: '\u0001CompObj', type: 'stream' }]), deflate: true }]),
      'OLE Package (word/embeddings/oleObject1.bin)',
    ],
    [
      'a VBA part declared by its content type only',
      docxLike([{ name: 'word/data.bin', data: 'not a compound file' }], {
        contentTypes: '<Types><Override PartName="/word/data.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
      }),
      'VBA ([Content_Types].xml)',
    ],
    [
      'a macro-enabled workbook type behind an .xlsx name',
      xlsxLike([{ name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="x.bin"/></Relationships>', deflate: true }]),
      'VBA (xl/_rels/workbook.xml.rels)',
    ],
    ['a .doc whose VBA names are in lower case', buildCfb([{ name: 'WordDocument', type: 'stream' }, { name: 'macros', type: 'storage' }, { name: '_vba_project', type: 'stream' }]), 'macros, _vba_project'],
  ])('refuses %s', async (_label, bytes, found) => {
    const refused = await h.refusal(bytes, 'bao-cao.docx', OFFICE);
    expect(refused).toMatchObject({ status: 422, key: 'upload.officeMacros', params: { found } });
  });

  it('accepts an embedded OLE object without code (an Excel table inside a Word document)', async () => {
    const table = buildCfb([{ name: 'Workbook', type: 'stream' }, { name: '\u0001CompObj', type: 'stream' }, { name: '\u0005SummaryInformation', type: 'stream' }]);
    const bytes = docxLike([{ name: 'word/embeddings/oleObject1.bin', data: table, deflate: true }]);
    expect(await h.upload(bytes, 'Tờ trình có bảng.docx', OFFICE)).toMatchObject({ kind: 'docx' });
  });

  it('measures the real unpacked size: a part declared as 1 KB that inflates to 600 MB is refused at once', async () => {
    const bomb = docxLike([{ name: 'word/media/image1.png', data: '', deflated: deflatedZeros(600), declaredSize: 1024 }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    expect(await h.refusal(bomb, 'bom.docx', OFFICE)).toMatchObject({ status: 422, key: 'upload.zipBomb' });
    // Inflating all 600 MB takes seconds; stopping after the first kilobytes takes milliseconds.
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('refuses an entry whose deflate data is broken', async () => {
    const broken = docxLike([{ name: 'word/styles.xml', data: '<w:styles/>', deflated: Buffer.from([0xff, 0xff, 0xff, 0xff]) }]);
    expect((await h.refusal(broken, 'hong.docx', OFFICE)).key).toBe('upload.officeCorrupt');
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
    expect(left.stored).toHaveLength(7); // the six clean documents (the renamed xlsx is the same bytes) and the one with an Excel table
  });
});
