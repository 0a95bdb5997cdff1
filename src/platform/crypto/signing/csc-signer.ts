/**
 * A Signer backed by a remote signing service speaking the Cloud Signature Consortium API v2
 * (the interface of most qualified CAs' remote-signing services; the national eSign gateway
 * can be fronted the same way). Only the SHA-256 digest of the signed attributes leaves
 * motcua — never the document. Authentication is an OAuth2 bearer token obtained out of band;
 * SAD (signature activation data) is passed through when the credential needs one.
 *
 *   POST {base}/csc/v2/credentials/info   → key algorithms, certificate chain
 *   POST {base}/csc/v2/signatures/signHash → signatures for base64 hashes
 */
import { z } from 'zod';
import { OID } from './oids.ts';
import { RemoteSignerError } from './signing-errors.ts';
import type { Signer, SignerCertificates } from './signer.ts';

export interface CscSignerOptions {
  /** Service root, without the `/csc/v2` suffix. */
  baseUrl: string;
  /** OAuth2 access token for the service. */
  token: string;
  credentialId: string;
  /** Signature activation data, for credentials that need explicit authorisation. */
  sad?: string;
  /** The credential's key type; the certificate must match it (checked when signing a PDF). */
  keyAlgorithm?: 'RSA' | 'ECDSA';
  /** Injected for tests and proxies; defaults to the global fetch. */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const base64 = z.string().regex(BASE64);

const credentialInfoReply = z.looseObject({
  key: z.looseObject({ status: z.string().optional(), algo: z.array(z.string()).optional() }),
  cert: z.looseObject({ certificates: z.array(base64).min(1) }),
});
const signHashReply = z.looseObject({ signatures: z.array(base64).min(1) });
const errorReply = z.looseObject({ error: z.string(), error_description: z.string().optional() });

export function createCscSigner(options: CscSignerOptions): Signer {
  const keyAlgorithm = options.keyAlgorithm ?? 'RSA';
  const call = cscCaller(options);
  let certificates: Promise<SignerCertificates> | undefined;

  async function loadCertificates(): Promise<SignerCertificates> {
    const reply = credentialInfoReply.safeParse(
      await call('credentials/info', { credentialID: options.credentialId, certificates: 'chain', certInfo: false, authInfo: false }),
    );
    if (!reply.success) throw new RemoteSignerError('signing.remoteBadReply');
    if (reply.data.key.status !== undefined && reply.data.key.status !== 'enabled') {
      throw new RemoteSignerError('signing.remoteFailed', { reason: `key ${reply.data.key.status}` });
    }
    const [leaf, ...chain] = reply.data.cert.certificates.map((b64) => Buffer.from(b64, 'base64'));
    return { certificate: leaf as Buffer, chain };
  }

  return {
    keyAlgorithm,
    certificates() {
      // Asked once per signer; a failure is not cached, so the next attempt asks again.
      certificates ??= loadCertificates().catch((error: unknown) => {
        certificates = undefined;
        throw error;
      });
      return certificates;
    },
    async signDigest(digest) {
      const reply = signHashReply.safeParse(
        await call('signatures/signHash', {
          credentialID: options.credentialId,
          ...(options.sad ? { SAD: options.sad } : {}),
          hashes: [Buffer.from(digest).toString('base64')],
          hashAlgorithmOID: OID.sha256,
          // rsaEncryption + a hash OID asks for PKCS#1 v1.5 over DigestInfo (CSC v2 §11.9).
          signAlgo: keyAlgorithm === 'RSA' ? OID.rsaEncryption : OID.ecdsaWithSha256,
        }),
      );
      if (!reply.success) throw new RemoteSignerError('signing.remoteBadReply');
      return Buffer.from(reply.data.signatures[0] as string, 'base64');
    },
  };
}

/** POSTs JSON to one CSC method and returns the parsed JSON body, mapping every failure to a RemoteSignerError. */
function cscCaller(options: CscSignerOptions): (method: string, body: unknown) => Promise<unknown> {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, '');
  return async (method, body) => {
    let response: Response;
    try {
      response = await doFetch(`${base}/csc/v2/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch {
      throw new RemoteSignerError('signing.remoteUnavailable', {}, 503);
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new RemoteSignerError('signing.remoteBadReply');
    }
    if (!response.ok) {
      const error = errorReply.safeParse(json);
      const reason = error.success ? [error.data.error, error.data.error_description].filter(Boolean).join(': ') : `HTTP ${response.status}`;
      throw new RemoteSignerError('signing.remoteFailed', { reason: reason.slice(0, 200) });
    }
    return json;
  };
}
