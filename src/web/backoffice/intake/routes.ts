/** Desk intake, online intake and the tracking book (issue 5): /can-bo/tiep-nhan and /can-bo/so-theo-doi. */
import type { App } from '../../../platform/http/server.ts';
import type { WebDeps } from '../../web-deps.ts';
import { registerApplicantPage } from './applicant-page.ts';
import { registerDecidePages } from './decide-page.ts';
import { registerPapersPages } from './files-page.ts';
import { registerOnlineIntakePage } from './online-page.ts';
import { registerStartPage } from './start-page.ts';
import { registerTrackingBookPage } from './tracking-book-page.ts';

export function registerIntakePages(app: App, deps: WebDeps): void {
  registerStartPage(app, deps);
  // Static paths before /:id so "truc-tuyen" is never read as a draft id.
  registerOnlineIntakePage(app, deps);
  registerApplicantPage(app, deps);
  registerPapersPages(app, deps);
  registerDecidePages(app, deps);
  registerTrackingBookPage(app, deps);
}
