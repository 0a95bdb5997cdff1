/** The notifications module's public surface: the citizen's inbox, its job and the editable templates. */
import type { RegisteredJob } from '../../platform/jobs/job-runner.ts';
import { notifyCitizenJob } from './jobs/notify-citizen.ts';
import type { NotificationDeps } from './notification.deps.ts';

export type { NotificationDeps } from './notification.deps.ts';
export { inbox, unreadCount, listTemplates, type NotificationRow, type TemplateRow, type Owner } from './queries/inbox.ts';
export { markNotificationsRead } from './commands/mark-read.ts';
export { updateTemplate, TemplateInput } from './commands/update-template.ts';
export { writeNotification, type SourceEvent } from './commands/write-notification.ts';
export { PLACEHOLDERS, NOTIFIED_KINDS } from './notification-kinds.ts';

export function notificationJobs(deps: NotificationDeps): RegisteredJob[] {
  return [notifyCitizenJob(deps)];
}
