/** The citizen portal: every page a citizen or business sees, server-rendered, working without JavaScript. */
import type { App } from '../../platform/http/server.ts';
import type { WebDeps } from '../web-deps.ts';
import { registerCataloguePages } from './catalogue/routes.ts';
import { registerMyDossierPages } from './my-dossiers/routes.ts';
import { registerPortalSignIn } from './sign-in/routes.ts';
import { registerSubmissionPages } from './submission/routes.ts';

export function registerPortal(app: App, deps: WebDeps): void {
  registerPortalSignIn(app, deps);
  registerCataloguePages(app, deps);
  registerSubmissionPages(app, deps);
  registerMyDossierPages(app, deps);
}
