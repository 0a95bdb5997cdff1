/** Desk intake, online intake and the tracking book (issue 5): /can-bo/tiep-nhan and /can-bo/so-theo-doi. */
import type { App } from '../../../platform/http/server.ts';
import { admittedPages } from '../../guards.ts';
import type { WebDeps } from '../../web-deps.ts';
import { registerApplicantPage } from './applicant-page.ts';
import { registerDecidePages } from './decide-page.ts';
import { admitDeskOfficer } from './desk-access.ts';
import { registerPapersPages } from './files-page.ts';
import { registerOnlineIntakePage } from './online-page.ts';
import { registerStartPage } from './start-page.ts';
import { registerTrackingBookPage } from './tracking-book-page.ts';

/** The intake pages are for desk officers (admitted with their desk); the tracking book for any officer with a book role. */
export function registerIntakePages(app: App, deps: WebDeps): void {
  void admittedPages(app, admitDeskOfficer(deps), (desk) => {
    registerStartPage(desk, deps);
    registerOnlineIntakePage(desk, deps);
    registerApplicantPage(desk, deps);
    registerPapersPages(desk, deps);
    registerDecidePages(desk, deps);
  });
  registerTrackingBookPage(app, deps);
}
