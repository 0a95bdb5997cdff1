/**
 * Columns other modules' tables point their foreign keys at. Drizzle needs the
 * column object; lending it here keeps the table definitions themselves private.
 */
import { agencies, oneStopDesks } from './agency.tables.ts';

export const agencyIdRef = () => agencies.id;
export const oneStopDeskIdRef = () => oneStopDesks.id;
