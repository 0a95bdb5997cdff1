/**
 * Who signs with what. Agencies sign e-results with the agency's certificate;
 * officers sign forms and scans with their personal one (TT 01/2023 Art. 8).
 * Where the keys live is configuration (ADR 0009):
 *  - dev:  a development CA made under <data>/pki on first use — never trusted outside motcua;
 *  - p12:  PKCS#12 files, <dir>/agencies/<agency code>.p12 and <dir>/officers/<username or id>.p12;
 *  - csc:  a remote signing service speaking the Cloud Signature Consortium API (a real CA or
 *          the national eSign gateway), credential ids "agency:<code>" and "officer:<id>".
 * A missing certificate is a clear 422 at the moment of signing, and a broken set-up
 * (no trust list, no key folder) stops start-up with a clear message.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.ts';
import type { Clock } from '../../platform/clock.ts';
import { UnprocessableError } from '../../platform/errors.ts';
import {
  createCscSigner,
  ensureDevPki,
  loadP12Signer,
  trustListFromPem,
  type Signer,
  type TrustList,
} from '../../platform/crypto/signing/index.ts';

export interface SignerSubject {
  kind: 'agency' | 'officer';
  /** Agency code, or officer id. */
  key: string;
  commonName: string;
  organisation: string;
}

export interface SigningKeys {
  signerFor(subject: SignerSubject): Promise<Signer>;
  trust(): TrustList;
}

export class SigningSetupError extends Error {}

/** Development PKI password; the files are development-only and say so in their CA name. */
const DEV_P12_PASSWORD = 'motcua-dev';

export async function createSigningKeys(config: Config['signing'], clock: Clock): Promise<SigningKeys> {
  if (config.kind === 'dev') return devKeys(config.dir, clock);
  const trust = readTrustList(config.trustList);
  if (config.kind === 'p12') {
    if (!fs.existsSync(config.dir)) {
      throw new SigningSetupError(`Không tìm thấy thư mục chứng thư số MOTCUA_SIGNING_P12_DIR=${config.dir} (signing key folder missing).`);
    }
    return cached(trust, async (s) => {
      const file = path.join(config.dir, s.kind === 'agency' ? 'agencies' : 'officers', `${s.key}.p12`);
      if (!fs.existsSync(file)) throw new UnprocessableError('documents.noCertificate', [], { subject: s.commonName });
      return loadP12Signer(fs.readFileSync(file), config.password);
    });
  }
  return cached(trust, async (s) => createCscSigner({ baseUrl: config.url, token: config.token, credentialId: `${s.kind}:${s.key}` }));
}

function readTrustList(file: string): TrustList {
  try {
    return trustListFromPem(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new SigningSetupError(`Không đọc được danh sách tin cậy MOTCUA_TRUST_LIST=${file}: ${(err as Error).message}`);
  }
}

async function devKeys(dir: string, clock: Clock): Promise<SigningKeys> {
  const pki = await ensureDevPki(dir, [], clock.now(), DEV_P12_PASSWORD);
  return cached(pki.trust, async (s) => {
    const key = `${s.kind}-${s.key}`;
    const withSubject = await ensureDevPki(dir, [{ key, commonName: s.commonName, organisation: s.organisation, kind: s.kind }], clock.now(), DEV_P12_PASSWORD);
    return withSubject.signerFor(key);
  });
}

function cached(trust: TrustList, load: (s: SignerSubject) => Promise<Signer>): SigningKeys {
  const signers = new Map<string, Promise<Signer>>();
  return {
    trust: () => trust,
    signerFor(s) {
      const id = `${s.kind}:${s.key}`;
      let p = signers.get(id);
      if (!p) {
        p = load(s);
        // A failure (e.g. no certificate yet) is not remembered: the next try may find the file.
        p.catch(() => signers.delete(id));
        signers.set(id, p);
      }
      return p;
    },
  };
}
