/** The agencies module's public surface. */
export { AgencyDirectory, AgencySnapshot, type Agency, type Desk, type ResolvedAgency } from './agency-directory.ts';
export { classifyAgencyCode, cleanAgencyCode, mechanicalFromLegacy, type AgencyCodeForm } from './agency-code.ts';
export { hasAnyAgency } from './agency.repo.ts';
export type { WorkingHours } from './agency.tables.ts';
export { seedDemoAgencies, agencyId } from './seed/seed-agencies.ts';
export { AgencyDetailsInput, createAgency, createDesk, editAgency, NewAgencyInput, NewDeskInput } from './commands/manage-agencies.ts';
export { setWorkingHours } from './agency.repo.ts';
