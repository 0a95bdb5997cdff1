/**
 * GET/POST /can-bo/dang-nhap/ma-xac-thuc: the second step for officers with
 * TOTP on. A code works once (±1 step). Wrong codes are counted on the officer
 * in the database (with the API's and other sessions'), so typing the password
 * again does not start the tries again; the last allowed one locks the second
 * step for the lock period and ends the pending session, as ten minutes do.
 * Registered inside `pendingOfficerPages`: without a pending session every
 * request here goes back to the password page.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { confirmSignInCode } from '../../../modules/identity/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import type { App } from '../../../platform/http/server.ts';
import { button, errorSummary, postForm, textInput, type FieldErrors } from '../../components/forms.ts';
import { pendingOfficerOf } from '../../guards.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { PENDING_MINUTES, sendSignedOutPage, sessionOfficer, type PendingSessionData } from './sign-in-shared.ts';

const SIGN_IN = '/can-bo/dang-nhap';
export const CODE_PAGE = '/can-bo/dang-nhap/ma-xac-thuc';

function page(locale: Locale, csrf: string, username: string, errors: FieldErrors) {
  return html`<h1>${t(locale, 'officeSignIn.codeTitle')}</h1>
${errorSummary(locale, errors)}
<p class="lead">${t(locale, 'officeSignIn.codeLead', { username })}</p>
${postForm(
  CODE_PAGE,
  csrf,
  html`${textInput({ name: 'code', label: t(locale, 'officeSignIn.code'), hint: t(locale, 'officeSignIn.codeHint'), error: errors.code, autocomplete: 'one-time-code', inputmode: 'numeric', short: true, maxlength: 6, required: true })}
${button(t(locale, 'officeSignIn.codeSubmit'))}`,
)}
<p><a href="${SIGN_IN}">${t(locale, 'officeSignIn.cancel')}</a></p>`;
}

async function show(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, errors: FieldErrors, status: number) {
  const locale = pageLocale(request);
  const { username } = pendingOfficerOf<PendingSessionData>(request).data;
  const csrf = await deps.sessions.csrfToken(request, reply, 'backoffice');
  return sendSignedOutPage(reply, locale, t(locale, 'officeSignIn.codeTitle'), page(locale, csrf, username ?? '', errors), status);
}

export function registerCodePage(app: App, deps: WebDeps): void {
  app.get(CODE_PAGE, { schema: { hide: true } }, async (request, reply) => show(deps, request, reply, {}, 200));

  app.post(CODE_PAGE, { schema: { hide: true } }, async (request, reply) => {
    const locale = pageLocale(request);
    const session = pendingOfficerOf<PendingSessionData>(request);
    const data = session.data;
    if (deps.clock.now().getTime() - (data.pendingSince ?? 0) > PENDING_MINUTES * 60_000) {
      await deps.sessions.end(request, reply, 'backoffice');
      return tooMany(reply, locale);
    }
    const body = (request.body ?? {}) as Record<string, unknown>;
    const code = typeof body.code === 'string' ? body.code.replace(/\s/g, '') : '';
    if (!/^\d{6}$/.test(code)) return show(deps, request, reply, { code: t(locale, 'officeSignIn.codeFormat') }, 400);
    const outcome = await deps.commands.run({ actor: sessionOfficer(data), requestId: request.id }, (ctx) =>
      confirmSignInCode(ctx, { code, secretKey: deps.services.secretKey, policy: deps.config.login, ip: request.ip }),
    );
    if (!outcome.ok) {
      if (outcome.locked) {
        await deps.sessions.end(request, reply, 'backoffice');
        return tooMany(reply, locale, outcome.minutes);
      }
      return show(deps, request, reply, { code: t(locale, 'officeSignIn.codeWrong') }, 401);
    }
    // A fresh session id once fully signed in: the pending one is never promoted in place.
    await deps.sessions.start(request, reply, 'backoffice', data.officerId, { officerId: data.officerId, fullName: data.fullName, secondFactorDone: true });
    return seeOther(reply, data.next ?? '/can-bo');
  });
}

/** The pending session has ended: too late, or (with `lockedMinutes`) the second step is locked. */
function tooMany(reply: FastifyReply, locale: Locale, lockedMinutes?: number) {
  const text = lockedMinutes === undefined ? t(locale, 'officeSignIn.codeTooMany') : t(locale, 'auth.totpLocked', { minutes: lockedMinutes });
  const body = html`<h1>${t(locale, 'officeSignIn.codeTitle')}</h1><p>${text}</p>
<p><a href="${SIGN_IN}">${t(locale, 'officeSignIn.submit')}</a></p>`;
  return sendSignedOutPage(reply, locale, t(locale, 'officeSignIn.codeTitle'), body, lockedMinutes === undefined ? 401 : 423);
}
