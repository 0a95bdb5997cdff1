/**
 * The simulator's own pages. They stand for VNeID's screens (an external
 * system, Vietnamese only), so their text lives here rather than in motcua's
 * catalogue. Plain accessible HTML: one heading, a form per account, no script.
 */
import type { VneidAccount } from './vneid-claims.ts';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;color:#0b0c0c;background:#fff;line-height:1.5}
header{background:#b3261e;color:#fff;padding:1rem}header p{margin:0;font-weight:700;font-size:1.2rem}
main{max-width:40rem;margin:0 auto;padding:1rem}
.account{border:1px solid #505a5f;padding:1rem;margin:0 0 1rem}
.account h2{margin:0 0 .25rem;font-size:1.2rem}
.account ul{margin:.25rem 0 .75rem;padding-left:1.25rem}
button{font:inherit;font-weight:600;padding:.6rem 1rem;border:0;background:#00703c;color:#fff;cursor:pointer}
button.secondary{background:#f3f2f1;color:#0b0c0c;border:1px solid #505a5f}
button:focus,a:focus{outline:3px solid #fd0;outline-offset:0}
.warn{border-left:6px solid #b3261e;padding:.5rem 1rem;background:#fdf2f1}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)} – VNeID (mô phỏng)</title><style>${STYLE}</style></head>
<body><header><p>VNeID – môi trường mô phỏng</p></header>
<main>${body}</main></body></html>`;
}

const roleLabel = { LEGAL_REPRESENTATIVE: 'người đại diện theo pháp luật', AUTHORISED: 'người được ủy quyền' } as const;

/** The account choice: one form per demo account; the authorization request travels in hidden fields. */
export function chooseAccountPage(clientName: string, request: Record<string, string>, accounts: readonly VneidAccount[]): string {
  const hidden = Object.entries(request)
    .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
    .join('');
  const cards = accounts
    .map((a) => {
      const orgs = a.organisations.map((o) => `<li>${esc(o.name)} (MST ${esc(o.tax_code)}) – ${roleLabel[o.role]}</li>`).join('');
      return `<form class="account" method="post" action="/authorize">${hidden}
<h2>${esc(a.name)}</h2>
<p>Số định danh cá nhân: ${esc(a.personal_id)} · Ngày sinh: ${esc(a.birthdate.split('-').reverse().join('/'))}</p>
${orgs ? `<p>Được đại diện cho tổ chức:</p><ul>${orgs}</ul>` : ''}
<button type="submit" name="account" value="${esc(a.personal_id)}">Đăng nhập với tài khoản ${esc(a.name)}</button></form>`;
    })
    .join('\n');
  return page(
    'Chọn tài khoản',
    `<h1>Chọn tài khoản định danh điện tử</h1>
<p class="warn">Đây là môi trường mô phỏng dùng để phát triển và kiểm thử, không phải VNeID thật. Không cần mật khẩu.</p>
<p>${esc(clientName)} yêu cầu xác thực danh tính mức độ 2.</p>
${cards}
<form method="post" action="/authorize">${hidden}<button type="submit" class="secondary" name="cancel" value="1">Hủy đăng nhập</button></form>`,
  );
}

/** A request the provider cannot send back to the client (unknown client or redirect URI). */
export function errorPage(message: string): string {
  return page('Yêu cầu không hợp lệ', `<h1>Yêu cầu không hợp lệ</h1><p>${esc(message)}</p>`);
}

export function signedOutPage(): string {
  return page('Đã đăng xuất', '<h1>Bạn đã đăng xuất khỏi VNeID</h1><p>Bạn có thể đóng cửa sổ này.</p>');
}
