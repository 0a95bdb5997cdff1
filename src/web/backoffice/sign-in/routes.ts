/**
 * Officer sign-in (password; the code page is registered apart, see
 * ../index.ts), and sign-out. Both are open to anyone: the guard of their
 * group checks the CSRF token of every post.
 */
import { recordSignOut } from '../../../modules/identity/index.ts';
import type { App } from '../../../platform/http/server.ts';
import type { WebDeps } from '../../web-deps.ts';
import { seeOther } from '../../web-page.ts';
import type { OfficerSessionData } from '../officer-session.ts';
import { registerPasswordPage } from './password-page.ts';
import { sessionOfficer } from './sign-in-shared.ts';

export function registerOfficerSignIn(app: App, deps: WebDeps): void {
  registerPasswordPage(app, deps);

  app.post('/can-bo/dang-xuat', { schema: { hide: true } }, async (request, reply) => {
    const session = await deps.sessions.read<OfficerSessionData>(request, 'backoffice');
    await deps.sessions.end(request, reply, 'backoffice');
    if (session?.data.officerId) await deps.commands.run({ actor: sessionOfficer(session.data), requestId: request.id }, (ctx) => recordSignOut(ctx, { ip: request.ip }));
    return seeOther(reply, '/can-bo/dang-nhap?da_dang_xuat=1');
  });
}
