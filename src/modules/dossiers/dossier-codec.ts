/**
 * The dossier tables' column lists and value conversions for the statements
 * this module compiles itself (platform/db/raw-query.ts): the commit of a
 * command, the row lock, the hot reads and the work queues share them.
 */
import { tableCodec } from '../../platform/db/table-codec.ts';
import { dossierActions, dossierComponents, dossiers } from './dossier.tables.ts';

export const dossierCodec = tableCodec(dossiers, 'dossiers');
export const componentCodec = tableCodec(dossierComponents, 'dossier_components');
export const actionCodec = tableCodec(dossierActions, 'dossier_actions');
