/** Officer sign-in with optional TOTP, sign-out, and the two-step verification settings (issue 5). */
import { t } from '../../../platform/i18n/index.ts';
import type { App } from '../../../platform/http/server.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { registerCodePage } from './code-page.ts';
import { registerPasswordPage } from './password-page.ts';
import { auditSignIn, sendSignedOutPage } from './sign-in-shared.ts';
import { registerTwoFactorPage } from './two-factor-page.ts';
import { html } from '../../html.ts';

export function registerOfficerSignIn(app: App, deps: WebDeps): void {
  registerPasswordPage(app, deps);
  registerCodePage(app, deps);
  registerTwoFactorPage(app, deps);

  app.post('/can-bo/dang-xuat', { schema: { hide: true } }, async (request, reply) => {
    const locale = pageLocale(request);
    const session = await deps.sessions.read<{ officerId?: string }>(request, 'backoffice');
    if (!(await deps.sessions.csrfValid(request, 'backoffice', (request.body as Record<string, unknown> | undefined)?._csrf))) {
      const body = html`<h1>${t(locale, 'web.errorTitle')}</h1><p>${t(locale, 'web.csrfRejected')}</p><p><a href="/can-bo">${t(locale, 'web.backHome')}</a></p>`;
      return sendSignedOutPage(reply, locale, t(locale, 'web.errorTitle'), body, 403);
    }
    await deps.sessions.end(request, reply, 'backoffice');
    if (session?.data.officerId) await auditSignIn(deps, request, 'auth.logout', session.data.officerId, session.data.officerId);
    return seeOther(reply, '/can-bo/dang-nhap?da_dang_xuat=1');
  });
}
