/**
 * Who may change the catalogue: an administrator (procedures are shared
 * across the province's agencies), or the system loading the demo catalogue.
 */
import { administers, definePolicy, type Actor } from '../identity/index.ts';

export const authorize = definePolicy({
  /** Drafting a version, editing a draft's e-form or workflow, publishing it. Target: the procedure's code. */
  'procedure.edit': (actor: Actor, _code: string) => actor.kind === 'system' || administers(actor, []),
  'catalog.seed': (actor: Actor, _target: null) => actor.kind === 'system',
});
