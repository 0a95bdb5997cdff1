/**
 * Columns other modules' tables point their foreign keys at. Drizzle needs the
 * column object; lending it here keeps the table definitions themselves private.
 */
import { workflowDefinitions } from './workflow.tables.ts';

export const workflowDefinitionIdRef = () => workflowDefinitions.id;
