/** The simulated VNeID identity provider (OpenID Connect), for development and tests. */
export { startVneidSimulator, type SimulatorClient, type VneidSimulator, type VneidSimulatorOptions } from './vneid-simulator.ts';
export { VNEID_ACR_LEVEL_2, type VneidAccount, type VneidOrganisation } from './vneid-claims.ts';
export {
  demoVneidAccounts,
  DEMO_AUTHORISED_ID,
  DEMO_CITIZEN_ID,
  DEMO_COMPANY_TAX_CODE,
  DEMO_COOPERATIVE_TAX_CODE,
  DEMO_REPRESENTATIVE_ID,
} from './demo-accounts.ts';
