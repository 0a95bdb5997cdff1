/**
 * GET/POST /can-bo/dang-nhap: username and password, with the API's lockout
 * policy and the same answer for an unknown name and a wrong password. Officers
 * with TOTP on get a pending session that opens only the code page.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import type { App } from '../../../platform/http/server.ts';
import { checkPassword, totpEnabled } from '../../../modules/identity/index.ts';
import { button, errorSummary, postForm, textInput, type FieldErrors } from '../../components/forms.ts';
import { parseForm, firstValue, formValues, type FormValues } from '../../form-input.ts';
import { html } from '../../html.ts';
import { safeNext } from '../../safe-next.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { currentOfficer } from '../officer-session.ts';
import { auditSignIn, sendSignedOutPage, type PendingSessionData } from './sign-in-shared.ts';

const SignInForm = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(200),
  next: z.string().max(500).optional(),
});

const HOME = '/can-bo';

function form(locale: Locale, csrf: string, values: FormValues, errors: FieldErrors, next: string) {
  return html`<h1>${t(locale, 'officeSignIn.title')}</h1>
${errorSummary(locale, errors)}
<p class="lead">${t(locale, 'officeSignIn.lead')}</p>
${postForm(
  '/can-bo/dang-nhap',
  csrf,
  html`<input type="hidden" name="next" value="${next}">
${textInput({ name: 'username', label: t(locale, 'officeSignIn.username'), value: firstValue(values.username), error: errors.username, autocomplete: 'username', required: true, maxlength: 64 })}
${textInput({ name: 'password', type: 'password', label: t(locale, 'officeSignIn.password'), error: errors.password, autocomplete: 'current-password', required: true, maxlength: 200 })}
${button(t(locale, 'officeSignIn.submit'))}`,
)}`;
}

async function show(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FieldErrors, status: number, notice?: string) {
  const locale = pageLocale(request);
  const csrf = await deps.sessions.csrfToken(request, reply, 'backoffice');
  const next = safeNext(firstValue(values.next), HOME);
  const body = form(locale, csrf, values, errors, next);
  return sendSignedOutPage(reply, locale, t(locale, 'officeSignIn.title'), body, status, notice ? { kind: 'error', text: notice } : undefined);
}

export function registerPasswordPage(app: App, deps: WebDeps): void {
  app.get('/can-bo/dang-nhap', { schema: { hide: true } }, async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const next = safeNext(query.next, HOME);
    if (await currentOfficer(deps, request)) return seeOther(reply, next);
    const notice = query.da_dang_xuat === '1' ? { kind: 'success' as const, text: t(pageLocale(request), 'officeSignIn.signedOut') } : undefined;
    const locale = pageLocale(request);
    const csrf = await deps.sessions.csrfToken(request, reply, 'backoffice');
    return sendSignedOutPage(reply, locale, t(locale, 'officeSignIn.title'), form(locale, csrf, { next }, {}, next), 200, notice);
  });

  app.post('/can-bo/dang-nhap', { schema: { hide: true } }, async (request, reply) => {
    const locale = pageLocale(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    // The password is never put back into the page.
    const { password: _typed, ...kept } = formValues(body);
    if (!(await deps.sessions.csrfValid(request, 'backoffice', body._csrf))) return show(deps, request, reply, kept, {}, 403, t(locale, 'web.csrfRejected'));
    const parsed = parseForm(SignInForm, body, locale);
    if (!parsed.ok) return show(deps, request, reply, kept, parsed.errors, 400);
    const now = deps.clock.now();
    const checked = await deps.db.transaction((tx) => checkPassword(tx, parsed.data, deps.config.login, now));
    if (!checked.ok) {
      await auditSignIn(deps, request, 'auth.login_failed', checked.officerId, checked.officerId ?? parsed.data.username);
      return show(deps, request, reply, kept, { username: t(locale, checked.error.key, checked.error.params) }, checked.error.status);
    }
    const { officer } = checked;
    const next = safeNext(parsed.data.next, HOME);
    const needsCode = await totpEnabled(deps.db, officer.id);
    const data: PendingSessionData = { officerId: officer.id, fullName: officer.fullName, secondFactorDone: !needsCode };
    if (needsCode) Object.assign(data, { next, codeFailures: 0, pendingSince: now.getTime() });
    await deps.sessions.start(request, reply, 'backoffice', officer.id, data);
    if (needsCode) return seeOther(reply, '/can-bo/dang-nhap/ma-xac-thuc');
    await auditSignIn(deps, request, 'auth.login', officer.id, officer.id);
    return seeOther(reply, next);
  });
}
