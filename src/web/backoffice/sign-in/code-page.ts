/**
 * GET/POST /can-bo/dang-nhap/ma-xac-thuc: the second step for officers with
 * TOTP on. A code works once (±1 step); five wrong codes, or ten minutes, end
 * the pending session and the officer starts again from the password.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import type { App } from '../../../platform/http/server.ts';
import { findOfficerById, useTotpCode } from '../../../modules/identity/index.ts';
import { button, errorSummary, postForm, textInput, type FieldErrors } from '../../components/forms.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { auditSignIn, MAX_CODE_FAILURES, PENDING_MINUTES, pendingSession, sendSignedOutPage } from './sign-in-shared.ts';

const SIGN_IN = '/can-bo/dang-nhap';

function page(locale: Locale, csrf: string, username: string, errors: FieldErrors) {
  return html`<h1>${t(locale, 'officeSignIn.codeTitle')}</h1>
${errorSummary(locale, errors)}
<p class="lead">${t(locale, 'officeSignIn.codeLead', { username })}</p>
${postForm(
  '/can-bo/dang-nhap/ma-xac-thuc',
  csrf,
  html`${textInput({ name: 'code', label: t(locale, 'officeSignIn.code'), hint: t(locale, 'officeSignIn.codeHint'), error: errors.code, autocomplete: 'one-time-code', inputmode: 'numeric', short: true, maxlength: 6, required: true })}
${button(t(locale, 'officeSignIn.codeSubmit'))}`,
)}
<p><a href="${SIGN_IN}">${t(locale, 'officeSignIn.cancel')}</a></p>`;
}

async function show(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, errors: FieldErrors, status: number, notice?: string) {
  const locale = pageLocale(request);
  const session = await pendingSession(deps, request);
  const officer = session ? await findOfficerById(deps.db, session.data.officerId) : undefined;
  const csrf = await deps.sessions.csrfToken(request, reply, 'backoffice');
  return sendSignedOutPage(reply, locale, t(locale, 'officeSignIn.codeTitle'), page(locale, csrf, officer?.username ?? '', errors), status, notice ? { kind: 'error', text: notice } : undefined);
}

export function registerCodePage(app: App, deps: WebDeps): void {
  app.get('/can-bo/dang-nhap/ma-xac-thuc', { schema: { hide: true } }, async (request, reply) => {
    if (!(await pendingSession(deps, request))) return seeOther(reply, SIGN_IN);
    return show(deps, request, reply, {}, 200);
  });

  app.post('/can-bo/dang-nhap/ma-xac-thuc', { schema: { hide: true } }, async (request, reply) => {
    const locale = pageLocale(request);
    const session = await pendingSession(deps, request);
    if (!session) return seeOther(reply, SIGN_IN);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!(await deps.sessions.csrfValid(request, 'backoffice', body._csrf))) return show(deps, request, reply, {}, 403, t(locale, 'web.csrfRejected'));
    const now = deps.clock.now();
    const data = session.data;
    if (now.getTime() - (data.pendingSince ?? 0) > PENDING_MINUTES * 60_000) {
      await deps.sessions.end(request, reply, 'backoffice');
      return tooMany(reply, locale);
    }
    const code = typeof body.code === 'string' ? body.code.replace(/\s/g, '') : '';
    if (!/^\d{6}$/.test(code)) return show(deps, request, reply, { code: t(locale, 'officeSignIn.codeFormat') }, 400);
    if (!(await useTotpCode(deps.db, deps.services.secretKey, data.officerId, code, now, 'sign-in'))) {
      const failures = (data.codeFailures ?? 0) + 1;
      await auditSignIn(deps, request, 'auth.second_factor_failed', data.officerId, data.officerId, { failures });
      if (failures >= MAX_CODE_FAILURES) {
        await deps.sessions.end(request, reply, 'backoffice');
        return tooMany(reply, locale);
      }
      await deps.sessions.save(session, { ...data, codeFailures: failures });
      return show(deps, request, reply, { code: t(locale, 'officeSignIn.codeWrong') }, 401);
    }
    const next = data.next ?? '/can-bo';
    // A fresh session id once fully signed in: the pending one is never promoted in place.
    await deps.sessions.start(request, reply, 'backoffice', data.officerId, { officerId: data.officerId, fullName: data.fullName, secondFactorDone: true });
    await auditSignIn(deps, request, 'auth.login', data.officerId, data.officerId, { secondFactor: 'totp' });
    return seeOther(reply, next);
  });
}

function tooMany(reply: FastifyReply, locale: Locale) {
  const body = html`<h1>${t(locale, 'officeSignIn.codeTitle')}</h1><p>${t(locale, 'officeSignIn.codeTooMany')}</p>
<p><a href="${SIGN_IN}">${t(locale, 'officeSignIn.submit')}</a></p>`;
  return sendSignedOutPage(reply, locale, t(locale, 'officeSignIn.codeTitle'), body, 401);
}
