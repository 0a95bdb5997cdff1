/**
 * Who signs with what. Agencies sign e-results with the agency's certificate;
 * officers sign forms and scans with their personal one (TT 01/2023 Art. 8).
 * Where the keys live is configuration (ADR 0009):
 *  - dev:  a development CA made on first use and kept in the database (dev_signing_keys, private
 *          keys sealed with the secret key; ADR 0022), so every process of an installation shares
 *          it — never trusted outside motcua, and refused in production (src/production-guards.ts);
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
import type { SecretKeySource } from '../../platform/crypto/secret-key.ts';
import type { Db } from '../../platform/db/database.ts';
import { UnprocessableError } from '../../platform/errors.ts';
import {
  createCscSigner,
  loadP12Signer,
  openDevPki,
  readDevCaFolder,
  trustListFromPem,
  type Signer,
  type TrustList,
} from '../../platform/crypto/signing/index.ts';
import { devKeyStore } from './dev-keys.repo.ts';

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

/** Where the development PKI lives: the database, its private keys sealed under the secret key. */
export interface DevKeyStorage {
  db: Db;
  secretKey: SecretKeySource;
}

export async function createSigningKeys(config: Config['signing'], clock: Clock, storage: DevKeyStorage): Promise<SigningKeys> {
  if (config.kind === 'dev') return devKeys(config.dir, clock, storage);
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

async function devKeys(legacyDir: string, clock: Clock, storage: DevKeyStorage): Promise<SigningKeys> {
  // An install from before ADR 0022 kept its root in <data>/pki: the first start adopts it, so its results keep verifying.
  const pki = await openDevPki(devKeyStore(storage.db, storage.secretKey), () => clock.now(), () => readDevCaFolder(legacyDir));
  return cached(pki.trust, (s) => pki.signerFor({ key: `${s.kind}-${s.key}`, commonName: s.commonName, organisation: s.organisation, kind: s.kind }));
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
