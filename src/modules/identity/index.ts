/** The identity module's public surface: actors and roles, the commands on accounts and sign-in, their queries, and the policy helpers every module uses. */
import './identity.messages.ts'; // registers the module's message texts before anything renders them
// Actors, roles and policies
export { allScopedAgencies, hasRoleAt, rolesAt, systemActor, type Actor, type Grant, type GrantRole } from './actor.ts';
export { officerRoles, OfficerRole } from './roles.ts';
export { buildActor } from './actor-builder.ts';
export type { AgencyTree, AgencyTreeSource } from './agency-tree.ts';
export { Authenticator } from './authenticator.ts';
export { actorOf } from './request-actor.ts';
export { administers, definePolicy, type Authorize, type Ctx, type Rule } from './policy.ts';
// Commands
export { createOfficer } from './commands/create-officer.ts';
export { createApiClient } from './commands/create-api-client.ts';
export { grantRole } from './commands/grant-role.ts';
export { revokeGrant } from './commands/revoke-grant.ts';
export { setOfficerActive } from './commands/set-officer-active.ts';
export { resetTotp, TOTP_RESET_REASON_MAX, type TotpReset } from './commands/reset-totp.ts';
export { login, type LoginOutcome, type LoginPolicy, type LoginRequest } from './commands/login.ts';
export { signInOfficer, type OfficerSignIn } from './commands/sign-in-officer.ts';
export { confirmSignInCode } from './commands/confirm-sign-in-code.ts';
export { recordSignOut } from './commands/record-sign-out.ts';
export { revokeAccessToken } from './commands/revoke-access-token.ts';
export { startTotpSetup, type TotpStatus } from './commands/start-totp-setup.ts';
export { enableTotp } from './commands/enable-totp.ts';
export { disableTotp } from './commands/disable-totp.ts';
export { seedDemoOfficers } from './commands/seed-demo-officers.ts';
export type { LockoutPolicy } from './password-check.ts';
// Queries and views
export { findOfficerById, findOfficerByUsername } from './queries/find-officer.ts';
export { grantsOf } from './queries/grants-of.ts';
export { openDemoLogins } from './queries/demo-logins.ts';
export { officersWithRoleAt } from './queries/officers-with-role.ts';
export { administeredOfficer, listAdministeredOfficers, type AdministeredOfficer, type OfficerListItem } from './queries/administered-officers.ts';
export type { GrantView, OfficerView } from './identity.presenter.ts';
export { CreateApiClientInput, CreateOfficerInput, GrantInput, LoginInput } from './identity.schemas.ts';
export { DEMO_CLIENT_TOKEN, DEMO_PASSWORD, demoOfficers } from './seed/demo-officers.ts';
// Pure helpers: authenticator apps' codes, identifiers, citizen sign-in (OpenID Connect)
export { groupedSecret, otpauthUri, totpCode } from './totp/totp.ts';
export { checkPersonalId, type PersonalIdCheck, type IdentifierReason } from './identifiers/personal-id.ts';
export { checkTaxCode, type TaxCodeCheck } from './identifiers/tax-code.ts';
export * from './oidc/index.ts';
