/** The identity module's public surface. */
export { allScopedAgencies, hasRoleAt, rolesAt, systemActor, type Actor, type Grant, type GrantRole } from './actor.ts';
export { buildActor } from './actor-builder.ts';
export { Authenticator } from './authenticator.ts';
export { createOfficer } from './commands/create-officer.ts';
export { createApiClient } from './commands/create-api-client.ts';
export { login, type LoginOutcome, type LoginPolicy } from './commands/login.ts';
export { findOfficerById, findOfficerByUsername, grantsOf, revokeToken } from './identity.repo.ts';
export { checkPersonalId, type PersonalIdCheck, type IdentifierReason } from './identifiers/personal-id.ts';
export { checkTaxCode, type TaxCodeCheck } from './identifiers/tax-code.ts';
export { CreateApiClientInput, CreateOfficerInput, GrantInput, LoginInput } from './identity.schemas.ts';
export { actorOf, registerIdentityRoutes, requireAdmin, type IdentityDeps } from './http.ts';
