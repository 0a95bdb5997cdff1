/**
 * Administration under /can-bo/quan-tri, for officers holding ADMIN somewhere
 * (others get the ordinary 404 page, so the section's existence is not
 * advertised): agencies, officers and roles, procedures with their e-forms and
 * workflows, the working calendar and notification templates. Each change is
 * one module command, which scopes it further (the admin's agency subtree) and
 * writes its audit entry.
 */
import { NotFoundError } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http/server.ts';
import { admittedPages } from '../../guards.ts';
import type { WebDeps } from '../../web-deps.ts';
import type { Officer } from '../officer-session.ts';
import { registerAgencyAdmin } from './agencies.ts';
import { registerCalendarAdmin } from './calendar.ts';
import { registerEformEditor } from './eform-editor.ts';
import { registerAdminIndex } from './index-page.ts';
import { registerOfficerAdmin } from './officers.ts';
import { registerProcedureAdmin } from './procedures.ts';
import { registerTemplateAdmin } from './templates.ts';
import { registerVersionPage } from './version-page.ts';
import { registerWorkflowEditor } from './workflow-editor.ts';

/** Admits an officer who holds ADMIN at some agency; anyone else meets a 404. */
export async function admitAdministrator(officer: Officer): Promise<Officer> {
  if ((officer.actor.scope.get('ADMIN')?.size ?? 0) === 0) throw new NotFoundError();
  return officer;
}

export function registerAdminPages(app: App, deps: WebDeps): void {
  void admittedPages(app, admitAdministrator, (scope) => {
    registerAdminIndex(scope, deps);
    registerProcedureAdmin(scope, deps);
    registerVersionPage(scope, deps);
    registerEformEditor(scope, deps);
    registerWorkflowEditor(scope, deps);
    registerCalendarAdmin(scope, deps);
    registerOfficerAdmin(scope, deps);
    registerAgencyAdmin(scope, deps);
    registerTemplateAdmin(scope, deps);
  });
}
