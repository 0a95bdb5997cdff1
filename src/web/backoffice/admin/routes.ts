/**
 * Administration under /can-bo/quan-tri, for officers holding ADMIN (others
 * get 404): agencies, officers and roles, procedures with their e-forms and
 * workflows, the working calendar and notification templates. Every change
 * goes through the module commands in one transaction with its audit entry.
 */
import type { App } from '../../../platform/http/server.ts';
import type { WebDeps } from '../../web-deps.ts';
import { registerAgencyAdmin } from './agencies.ts';
import { registerCalendarAdmin } from './calendar.ts';
import { registerEformEditor } from './eform-editor.ts';
import { registerAdminIndex } from './index-page.ts';
import { registerOfficerAdmin } from './officers.ts';
import { registerProcedureAdmin } from './procedures.ts';
import { registerTemplateAdmin } from './templates.ts';
import { registerVersionPage } from './version-page.ts';
import { registerWorkflowEditor } from './workflow-editor.ts';

export function registerAdminPages(app: App, deps: WebDeps): void {
  registerAdminIndex(app, deps);
  registerProcedureAdmin(app, deps);
  registerVersionPage(app, deps);
  registerEformEditor(app, deps);
  registerWorkflowEditor(app, deps);
  registerCalendarAdmin(app, deps);
  registerOfficerAdmin(app, deps);
  registerAgencyAdmin(app, deps);
  registerTemplateAdmin(app, deps);
}
