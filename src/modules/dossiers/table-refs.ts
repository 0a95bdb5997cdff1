/**
 * Columns other modules' tables point their foreign keys at. Drizzle needs the
 * column object; lending it here keeps the table definitions themselves private.
 */
import { dossiers } from './dossier.tables.ts';

export const dossierIdRef = () => dossiers.id;
