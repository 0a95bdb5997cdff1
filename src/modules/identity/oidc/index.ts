/** Citizen sign-in through OpenID Connect (VNeID): the relying party, its pending logins and the claims mapping. */
export { OidcRelyingParty, SignInFailure, type RelyingPartySettings, type SignInFailureReason, type StartedSignIn } from './relying-party.ts';
export { citizenFromClaims, ACCEPTED_ACR, type ClaimsProblem, type VerifiedCitizen, type VerifiedOrganisation } from './citizen-claims.ts';
export { savePendingLogin, takePendingLogin, type PendingLogin } from './pending-logins.ts';
