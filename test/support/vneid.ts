// The simulated VNeID for tests: a real OpenID Connect provider on a free loopback port that accepts
// any `http://127.0.0.1:<port>/dang-nhap/callback` (apps under test listen on random ports). Pass
// `env` to startTestApp/serveApp so the portal signs in through it.
import { startVneidSimulator, type SimulatorClient, type VneidAccount, type VneidSimulatorOptions } from '../../src/modules/integrations/vneid/index.ts';

export {
  DEMO_AUTHORISED_ID,
  DEMO_CITIZEN_ID,
  DEMO_COMPANY_TAX_CODE,
  DEMO_COOPERATIVE_TAX_CODE,
  DEMO_REPRESENTATIVE_ID,
  demoVneidAccounts,
} from '../../src/modules/integrations/vneid/index.ts';

export const TEST_CLIENT_ID = 'motcua-portal';
export const TEST_CLIENT_SECRET = 'test-vneid-secret';

export interface TestVneid {
  issuer: string;
  /** Settings that point motcua at this provider. */
  env: { MOTCUA_OIDC_ISSUER: string; MOTCUA_OIDC_CLIENT_ID: string; MOTCUA_OIDC_CLIENT_SECRET: string; MOTCUA_VNEID_SIMULATOR: 'false' };
  /** Live: change it to make the provider misbehave from the next token request on (empty it to stop). */
  faults: NonNullable<VneidSimulatorOptions['faults']>;
  /** Live: the registered client (e.g. change `clientSecret` to make motcua's secret wrong). */
  client: SimulatorClient;
  close(): Promise<void>;
}

export interface StartVneidOptions {
  /** Exact redirect URIs to register besides any loopback callback. */
  redirectUris?: string[];
  accounts?: readonly VneidAccount[];
  faults?: VneidSimulatorOptions['faults'];
  /** The secret the provider expects (motcua is always given TEST_CLIENT_SECRET). */
  clientSecret?: string;
}

export async function startVneid(options: StartVneidOptions = {}): Promise<TestVneid> {
  const client: SimulatorClient = { clientId: TEST_CLIENT_ID, clientSecret: options.clientSecret ?? TEST_CLIENT_SECRET, redirectUris: options.redirectUris ?? [], name: 'Cổng dịch vụ công tỉnh Gia Lai (kiểm thử)' };
  const faults = { ...options.faults };
  const sim = await startVneidSimulator({ port: 0, clients: [client], allowLoopbackRedirects: true, faults, ...(options.accounts ? { accounts: options.accounts } : {}) });
  return {
    issuer: sim.issuer,
    faults,
    client,
    env: { MOTCUA_OIDC_ISSUER: sim.issuer, MOTCUA_OIDC_CLIENT_ID: TEST_CLIENT_ID, MOTCUA_OIDC_CLIENT_SECRET: TEST_CLIENT_SECRET, MOTCUA_VNEID_SIMULATOR: 'false' },
    close: () => sim.close(),
  };
}
