/** The officer back office under /can-bo: sign-in, queues, dossiers, intake, administration, overview. */
import type { App } from '../../platform/http/server.ts';
import type { WebDeps } from '../web-deps.ts';
import { officerPages, pendingOfficerPages, publicPages } from '../guards.ts';
import { registerCodePage } from './sign-in/code-page.ts';
import { registerTwoFactorPage } from './sign-in/two-factor-page.ts';
import { registerAdminPages } from './admin/routes.ts';
import { registerDossierPages } from './dossier/routes.ts';
import { registerIntakePages } from './intake/routes.ts';
import { registerNewsAdminPages } from './news/routes.ts';
import { registerOverviewPages } from './overview/routes.ts';
import { registerQueuePages } from './queues/routes.ts';
import { registerOfficerSignIn } from './sign-in/routes.ts';

/** Sign-in is open to anyone, the code page to a pending sign-in; every other page is behind the officer guard (web/guards.ts). */
export async function registerBackoffice(app: App, deps: WebDeps): Promise<void> {
  await publicPages(app, deps, 'backoffice', (scope) => registerOfficerSignIn(scope, deps));
  // The code page needs the session the password step left ("code pending"); without it, back to the password.
  await pendingOfficerPages(app, deps, (scope) => registerCodePage(scope, deps));
  await officerPages(app, deps, (scope) => {
    registerTwoFactorPage(scope, deps);
    registerQueuePages(scope, deps);
    registerDossierPages(scope, deps);
    registerIntakePages(scope, deps);
    registerAdminPages(scope, deps);
    registerOverviewPages(scope, deps);
    registerNewsAdminPages(scope, deps);
  });
}
