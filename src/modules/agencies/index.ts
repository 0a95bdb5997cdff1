/** The agencies module's public surface. */
import './agencies.messages.ts'; // registers the module's message texts before anything renders them
export type { AgencyDeps } from './agencies.deps.ts';
export { AgencyDirectory, AgencySnapshot, type Agency, type Desk, type ResolvedAgency, type WorkingHours } from './agency-directory.ts';
export { classifyAgencyCode, cleanAgencyCode, mechanicalFromLegacy, type AgencyCodeForm } from './agency-code.ts';
export { AgencyDetailsInput, AgencyKind, NewAgencyInput, NewDeskInput, WorkingHoursInput } from './agency.schemas.ts';
// Commands
export { createAgency } from './commands/create-agency.ts';
export { editAgency } from './commands/edit-agency.ts';
export { createDesk } from './commands/create-desk.ts';
export { setWorkingHours } from './commands/set-working-hours.ts';
export { seedDemoAgencies } from './commands/seed-demo-agencies.ts';
// Queries
export { hasAnyAgency } from './queries/has-any-agency.ts';
export { administeredAgency, administeredTree, type AgencyNode } from './queries/administered-agencies.ts';
