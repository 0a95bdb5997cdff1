/** The citizen portal: every page a citizen or business sees, server-rendered, working without JavaScript. */
import type { App } from '../../platform/http/server.ts';
import type { WebDeps } from '../web-deps.ts';
import { citizenPages, publicPages } from '../guards.ts';
import { registerCataloguePages } from './catalogue/routes.ts';
import { registerMyDossierPages } from './my-dossiers/routes.ts';
import { registerActingForPages, registerPortalSignIn } from './sign-in/routes.ts';
import { registerSubmissionPages } from './submission/routes.ts';

/** Sign-in and the catalogue are open to anyone; whom to act for, submission and "my dossiers" are behind the citizen guard (web/guards.ts). */
export async function registerPortal(app: App, deps: WebDeps): Promise<void> {
  await publicPages(app, deps, 'portal', (scope) => {
    registerPortalSignIn(scope, deps);
    registerCataloguePages(scope, deps);
  });
  await citizenPages(app, deps, (scope) => {
    registerActingForPages(scope, deps);
    registerSubmissionPages(scope, deps);
    registerMyDossierPages(scope, deps);
  });
}
