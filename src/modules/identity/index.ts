/** The identity module's public surface. */
export { allScopedAgencies, hasRoleAt, rolesAt, systemActor, type Actor, type Grant, type GrantRole } from './actor.ts';
export { buildActor } from './actor-builder.ts';
export { Authenticator } from './authenticator.ts';
export { createOfficer } from './commands/create-officer.ts';
export { createApiClient } from './commands/create-api-client.ts';
export { login, type LoginOutcome, type LoginPolicy } from './commands/login.ts';
export { checkPassword, type LockoutPolicy, type PasswordCheck } from './commands/check-password.ts';
export { groupedSecret, otpauthUri, totpCode } from './totp/totp.ts';
export { startTotpSetup, type TotpStatus } from './totp/start-totp-setup.ts';
export { totpEnabled, useTotpCode } from './totp/use-totp-code.ts';
export { disableTotp } from './totp/disable-totp.ts';
export { findOfficerById, findOfficerByUsername, grantsOf, officersWithRoleAt, revokeToken } from './identity.repo.ts';
export { checkPersonalId, type PersonalIdCheck, type IdentifierReason } from './identifiers/personal-id.ts';
export { checkTaxCode, type TaxCodeCheck } from './identifiers/tax-code.ts';
export { CreateApiClientInput, CreateOfficerInput, GrantInput, LoginInput } from './identity.schemas.ts';
export { actorOf, registerIdentityRoutes, requireAdmin, type IdentityDeps } from './http.ts';
export { grantRole, revokeGrant } from './commands/manage-grants.ts';
export { allGrantsOf, listOfficersAt, setOfficerActive } from './officer-admin.repo.ts';
