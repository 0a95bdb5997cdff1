/**
 * Life events (sự kiện trong đời) as the portal offers them: a citizen thinks
 * "my child was born" or "I am starting a business", not "civil status".
 * Each event is one of the catalogue's life-event tags (set per procedure
 * version by administrators), in the order the home page shows them. Labels
 * live in the i18n catalogue under `portalCatalogue.event.<tag>`.
 */
import type { z } from 'zod';
import type { LifeEvent } from './catalog.schemas.ts';

export type LifeEventTag = z.infer<typeof LifeEvent>;

/** Home-page order: the commonest moments of a life first. */
export const LIFE_EVENTS: readonly LifeEventTag[] = ['birth', 'school', 'marriage', 'business', 'residence', 'documents', 'media', 'death'];

/**
 * Procedures shown as "most used" while there are no dossiers yet to count
 * (a new installation, the demo): the everyday civil-status, certification and
 * criminal-record procedures of the demo catalogue. Codes missing from the
 * catalogue are skipped.
 */
export const FEATURED_PROCEDURES: readonly string[] = ['1.001193', '1.000894', '2.000815', '2.000488', '1.004873', '1.010020'];
