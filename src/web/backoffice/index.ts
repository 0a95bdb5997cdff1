/** The officer back office under /can-bo: sign-in, queues, dossiers, intake, administration, overview. */
import type { App } from '../../platform/http/server.ts';
import type { WebDeps } from '../web-deps.ts';
import { registerAdminPages } from './admin/routes.ts';
import { registerDossierPages } from './dossier/routes.ts';
import { registerIntakePages } from './intake/routes.ts';
import { registerNewsAdminPages } from './news/routes.ts';
import { registerOverviewPages } from './overview/routes.ts';
import { registerQueuePages } from './queues/routes.ts';
import { registerOfficerSignIn } from './sign-in/routes.ts';

export function registerBackoffice(app: App, deps: WebDeps): void {
  registerOfficerSignIn(app, deps);
  registerQueuePages(app, deps);
  registerDossierPages(app, deps);
  registerIntakePages(app, deps);
  registerAdminPages(app, deps);
  registerOverviewPages(app, deps);
  registerNewsAdminPages(app, deps);
}
