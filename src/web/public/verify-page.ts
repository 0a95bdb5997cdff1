/**
 * The public verification page: what the QR code on an e-result opens, and a
 * form where anyone can upload a signed PDF. Plain server-rendered HTML that
 * works without JavaScript, readable on a cheap phone, in Vietnamese.
 */
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { readSmallFilePart } from '../../platform/http/file-transfer.ts';
import { t } from '../../platform/i18n/index.ts';
import type { App } from '../../platform/http/server.ts';
import { verifyResultByCode, verifyUploadedPdf, type SignatureReport } from '../../modules/signing/index.ts';
import type { SigningDeps } from '../../modules/signing/index.ts';

const esc = (s: unknown): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const statusText: Record<string, string> = {
  VALID: 'Còn hiệu lực',
  REPLACED: 'Đã được thay thế',
  REVOKED: 'Đã bị thu hồi',
  PENDING_SIGNATURE: 'Đang chờ ký số',
  PAPER_ONLY: 'Kết quả bản giấy',
};

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} – motcua</title><style>
body{font-family:system-ui,"Noto Sans",sans-serif;max-width:44rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1b1b1b}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:1.5rem}.ok{color:#0b6b2b}.bad{color:#a4161a}
.box{border:2px solid currentColor;padding:.75rem 1rem;margin:1rem 0}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:600}label{display:block;font-weight:600;margin:.5rem 0}button{font-size:1rem;padding:.5rem 1rem;margin-top:.5rem}
a:focus,button:focus,input:focus{outline:3px solid #ffbf47;outline-offset:2px}</style></head>
<body><main><h1>${esc(title)}</h1>${body}</main></body></html>`;
}

function signatureBlock(s: SignatureReport, i: number): string {
  const verdict = s.valid ? '<p class="ok"><strong>Chữ ký số hợp lệ.</strong></p>' : '<p class="bad"><strong>Chữ ký số KHÔNG hợp lệ.</strong></p>';
  return `<section class="box ${s.valid ? 'ok' : 'bad'}"><h2>Chữ ký ${i + 1}</h2>${verdict}<dl>
<dt>Người ký</dt><dd>${esc(s.signerName)}${s.signerOrganisation ? ` – ${esc(s.signerOrganisation)}` : ''}</dd>
<dt>Thời điểm ký</dt><dd>${esc(s.signedAt ?? 'không rõ')}</dd>
<dt>Nội dung sau khi ký</dt><dd>${s.intact ? 'Không bị thay đổi' : 'ĐÃ BỊ THAY ĐỔI'}${s.modifiedAfterSigning ? ' (có nội dung được thêm sau khi ký)' : ''}</dd>
<dt>Chứng thư số</dt><dd>${s.chainTrusted ? 'Do tổ chức tin cậy cấp' : 'KHÔNG thuộc danh sách tin cậy'} (${esc(s.issuerName)})</dd>
</dl>${s.problems.length ? `<ul>${s.problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : ''}</section>`;
}

const uploadForm = `<h2>Kiểm tra một tệp PDF có chữ ký số</h2>
<form method="post" action="/verify" enctype="multipart/form-data">
<label for="file">Chọn tệp PDF (tối đa 20 MB)</label><input id="file" name="file" type="file" accept="application/pdf" required>
<div><button type="submit">Kiểm tra</button></div></form>
<h2>Tra cứu theo mã kết quả</h2><form method="get" action="/verify"><label for="code">Mã kết quả (ví dụ H21.10-260302-0001-KQ1)</label>
<input id="code" name="code" required><div><button type="submit">Tra cứu</button></div></form>`;

function resultBlock(r: { code: string; title: string; status: string; issuer: string | null; issuedAt: string | null; holder: string | null; replacedBy: string | null; replaces: string | null }): string {
  const good = r.status === 'VALID';
  return `<section class="box ${good ? 'ok' : 'bad'}"><h2>Kết quả ${esc(r.code)}</h2><p><strong>${esc(statusText[r.status] ?? r.status)}</strong></p><dl>
<dt>Tên giấy tờ</dt><dd>${esc(r.title)}</dd><dt>Cơ quan cấp</dt><dd>${esc(r.issuer ?? '')}</dd>
<dt>Ngày cấp</dt><dd>${esc(r.issuedAt ?? '')}</dd><dt>Người được cấp</dt><dd>${esc(r.holder ?? '')}</dd>
${r.replacedBy ? `<dt>Thay thế bởi</dt><dd><a href="/verify/${encodeURIComponent(r.replacedBy)}">${esc(r.replacedBy)}</a></dd>` : ''}
${r.replaces ? `<dt>Thay thế cho</dt><dd><a href="/verify/${encodeURIComponent(r.replaces)}">${esc(r.replaces)}</a></dd>` : ''}</dl></section>`;
}

function errorPage(err: unknown): { status: number; html: string } {
  if (err instanceof AppError) return { status: err.status, html: page('Không kiểm tra được', `<p class="bad">${esc(t('vi', err.key, err.params))}</p>${uploadForm}`) };
  throw err;
}

export function registerVerifyPages(app: App, deps: SigningDeps & { uploadMaxBytes: number }): void {
  const show = async (code: string) => {
    const v = await verifyResultByCode(deps, code.trim().toUpperCase(), 'vi');
    return page('Xác thực kết quả giải quyết thủ tục hành chính', resultBlock(v.result) + v.signatures.map(signatureBlock).join('') + uploadForm);
  };

  app.get('/verify', { schema: { hide: true, querystring: z.object({ code: z.string().max(80).optional() }) } }, async (request, reply) => {
    reply.type('text/html; charset=utf-8');
    if (!request.query.code) return page('Xác thực giấy tờ điện tử', '<p>Quét mã QR trên kết quả, nhập mã kết quả hoặc tải lên tệp PDF để kiểm tra chữ ký số.</p>' + uploadForm);
    try {
      return await show(request.query.code);
    } catch (err) {
      const e = errorPage(err);
      return reply.status(e.status).send(e.html);
    }
  });

  app.get('/verify/:code', { schema: { hide: true, params: z.object({ code: z.string().max(80) }) } }, async (request, reply) => {
    reply.type('text/html; charset=utf-8');
    try {
      return await show(request.params.code);
    } catch (err) {
      const e = errorPage(err);
      return reply.status(e.status).send(e.html);
    }
  });

  app.post('/verify', { schema: { hide: true } }, async (request, reply) => {
    reply.type('text/html; charset=utf-8');
    try {
      const { bytes, fileName } = await readSmallFilePart(request, deps.uploadMaxBytes);
      const v = await verifyUploadedPdf(deps, bytes, 'vi');
      const none = v.signatures.length === 0 ? '<p class="bad"><strong>Tệp này không có chữ ký số.</strong></p>' : '';
      return page(`Kết quả kiểm tra tệp ${fileName}`, (v.result ? resultBlock(v.result) : '') + none + v.signatures.map(signatureBlock).join('') + uploadForm);
    } catch (err) {
      const e = errorPage(err);
      return reply.status(e.status).send(e.html);
    }
  });
}
