/**
 * GET/POST /can-bo/dang-nhap: username and password, with the API's lockout
 * policy and the same answer for an unknown name and a wrong password. Officers
 * with TOTP on get a pending session that opens only the code page.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { signInOfficer, systemActor } from '../../../modules/identity/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import type { App } from '../../../platform/http/server.ts';
import { button, errorSummary, postForm, textInput, type FieldErrors } from '../../components/forms.ts';
import { parseForm, firstValue, formValues, type FormValues } from '../../form-input.ts';
import { html } from '../../html.ts';
import { safeNext } from '../../safe-next.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { currentOfficer } from '../officer-session.ts';
import { sendSignedOutPage, type PendingSessionData } from './sign-in-shared.ts';

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

async function show(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FieldErrors, status: number) {
  const locale = pageLocale(request);
  const csrf = await deps.sessions.csrfToken(request, reply, 'backoffice');
  const next = safeNext(firstValue(values.next), HOME);
  return sendSignedOutPage(reply, locale, t(locale, 'officeSignIn.title'), form(locale, csrf, values, errors, next), status);
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
    const parsed = parseForm(SignInForm, body, locale);
    if (!parsed.ok) return show(deps, request, reply, kept, parsed.errors, 400);
    const { username, password } = parsed.data;
    const signedIn = await deps.commands.run({ actor: systemActor, requestId: request.id }, (ctx) => signInOfficer(ctx, { username, password, policy: deps.config.login, ip: request.ip }));
    if (!signedIn.ok) return show(deps, request, reply, kept, { username: t(locale, signedIn.error.key, signedIn.error.params) }, signedIn.error.status);
    const { officer, needsCode } = signedIn;
    const next = safeNext(parsed.data.next, HOME);
    const data: PendingSessionData = { officerId: officer.id, fullName: officer.fullName, secondFactorDone: !needsCode };
    if (needsCode) Object.assign(data, { username: officer.username, next, pendingSince: deps.clock.now().getTime() });
    await deps.sessions.start(request, reply, 'backoffice', officer.id, data);
    return seeOther(reply, needsCode ? '/can-bo/dang-nhap/ma-xac-thuc' : next);
  });
}
