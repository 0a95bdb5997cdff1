/**
 * Who may change the working calendar: an administrator (of any agency, as
 * the calendar's yearly notice is national); the demo calendar is loaded by
 * the system only.
 */
import { administers, definePolicy, type Actor } from '../identity/index.ts';

export const authorize = definePolicy({
  /** Target: the calendar's code. */
  'calendar.edit': (actor: Actor, _calendarCode: string) => administers(actor, []),
  'calendar.seed': (actor: Actor, _target: null) => actor.kind === 'system',
});
