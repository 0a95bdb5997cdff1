/**
 * GET/POST /can-bo/tai-khoan/xac-thuc-hai-buoc: an officer turns TOTP on by
 * scanning the QR code (or typing the grouped secret) and confirming one code,
 * and turns it off with a current code.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import type { App } from '../../../platform/http/server.ts';
import { disableTotp, enableTotp, groupedSecret, otpauthUri, startTotpSetup } from '../../../modules/identity/index.ts';
import { button, errorSummary, postForm, textInput, type FieldErrors } from '../../components/forms.ts';
import { escapeHtml, html, raw } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { officerOf } from '../../guards.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import type { Officer } from '../officer-session.ts';

export const TWO_FACTOR_URL = '/can-bo/tai-khoan/xac-thuc-hai-buoc';
const ISSUER = 'Một cửa Gia Lai';

async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeHtml(label)}" `);
}

const codeField = (locale: Locale, errors: FieldErrors) =>
  textInput({ name: 'code', label: t(locale, 'officeSignIn.code'), hint: t(locale, 'officeSignIn.codeHint'), error: errors.code, autocomplete: 'one-time-code', inputmode: 'numeric', short: true, maxlength: 6, required: true });

async function render(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, officer: Officer, errors: FieldErrors, status: number, notice?: { kind: 'success' | 'error'; text: string }) {
  const locale = pageLocale(request);
  // The first visit stores the pending secret the QR code shows (the same one on every visit until confirmed).
  const state = await deps.commands.run({ actor: officer.actor, requestId: request.id }, (ctx) => startTotpSetup(ctx, { secretKey: deps.services.secretKey }));
  const title = t(locale, 'officeSignIn.twoFactorTitle');
  let body;
  if (state.enabled) {
    const since = state.since.toLocaleDateString(locale === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
    body = html`<h1>${title}</h1>${errorSummary(locale, errors)}
<p>${t(locale, 'officeSignIn.twoFactorOn', { since })}</p>
<p>${t(locale, 'officeSignIn.disableLead')}</p>
${postForm(TWO_FACTOR_URL, officer.session.csrf, html`<input type="hidden" name="intent" value="disable">${codeField(locale, errors)}${button(t(locale, 'officeSignIn.disable'), { kind: 'warning' })}`)}`;
  } else {
    const uri = otpauthUri(state.pendingSecret, ISSUER, officer.username);
    body = html`<h1>${title}</h1>${errorSummary(locale, errors)}
<p>${t(locale, 'officeSignIn.twoFactorOff')}</p>
<ol class="steps"><li>${t(locale, 'officeSignIn.setupStep1')}</li><li>${t(locale, 'officeSignIn.setupStep2')}</li><li>${t(locale, 'officeSignIn.setupStep3')}</li></ol>
<div class="qr">${raw(await qrSvg(uri, t(locale, 'officeSignIn.qrAlt')))}</div>
<dl class="summary"><div><dt>${t(locale, 'officeSignIn.secret')}</dt><dd><code class="totp-secret">${groupedSecret(state.pendingSecret)}</code></dd></div></dl>
${postForm(TWO_FACTOR_URL, officer.session.csrf, html`<input type="hidden" name="intent" value="enable">${codeField(locale, errors)}${button(t(locale, 'officeSignIn.enable'))}`)}`;
  }
  return sendOfficerPage(request, reply, officer, { title, body, width: 'narrow', ...(notice ? { notice } : {}) }, status);
}

export function registerTwoFactorPage(app: App, deps: WebDeps): void {
  app.get(TWO_FACTOR_URL, { schema: { hide: true } }, async (request, reply) => {
    const officer = officerOf(request);
    const done = (request.query as Record<string, unknown> | undefined)?.xong;
    const notice = done === 'bat' ? 'officeSignIn.enabled' : done === 'tat' ? 'officeSignIn.disabled' : undefined;
    return render(deps, request, reply, officer, {}, 200, notice ? { kind: 'success', text: t(pageLocale(request), notice) } : undefined);
  });

  app.post(TWO_FACTOR_URL, { schema: { hide: true } }, async (request, reply) => {
    const officer = officerOf(request);
    const locale = pageLocale(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const code = typeof body.code === 'string' ? body.code.replace(/\s/g, '') : '';
    if (!/^\d{6}$/.test(code)) return render(deps, request, reply, officer, { code: t(locale, 'officeSignIn.codeFormat') }, 400);
    const enable = body.intent !== 'disable';
    const input = { code, secretKey: deps.services.secretKey, ip: request.ip };
    const outcome = await deps.commands.run({ actor: officer.actor, requestId: request.id }, async (ctx) =>
      enable ? { ok: await enableTotp(ctx, input), locked: false as const, failures: 0 } : disableTotp(ctx, { ...input, policy: deps.config.login }),
    );
    if (!outcome.ok) {
      const message = outcome.locked ? t(locale, 'auth.totpLocked', { minutes: outcome.minutes }) : t(locale, 'officeSignIn.codeWrong');
      return render(deps, request, reply, officer, { code: message }, outcome.locked ? 423 : 400);
    }
    return seeOther(reply, `${TWO_FACTOR_URL}?xong=${enable ? 'bat' : 'tat'}`);
  });
}
