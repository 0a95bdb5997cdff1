/**
 * Columns other modules' tables point their foreign keys at. Drizzle needs the
 * column object; lending it here keeps the table definitions themselves private.
 */
import { procedures, procedureVersions } from './catalog.tables.ts';

export const procedureIdRef = () => procedures.id;
export const procedureVersionIdRef = () => procedureVersions.id;
