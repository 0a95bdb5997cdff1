/**
 * A local remote-signing service speaking the Cloud Signature Consortium API v2 over HTTP on
 * 127.0.0.1, for `npm start` without a CA contract and for tests. It holds one Signer per
 * credential (normally dev-PKI .p12 signers) and implements the three calls motcua uses:
 * `info`, `credentials/info` and `signatures/signHash`, with the spec's error replies
 * (`{ error, error_description }`; 401 for a bad token, 400 for bad parameters or SAD).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { OID } from './oids.ts';
import type { Signer } from './signer.ts';

export interface CscSimulatorOptions {
  /** The bearer token clients must present. */
  token: string;
  /** credentialID → signer. */
  credentials: ReadonlyMap<string, Signer>;
  /** When set, signHash requires this SAD (as a credential with explicit authorisation would). */
  sad?: string;
}

export interface CscSimulator {
  /** e.g. http://127.0.0.1:41234 — pass as `baseUrl` to createCscSigner. */
  baseUrl: string;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

const credentialInfoRequest = z.object({
  credentialID: z.string(),
  certificates: z.enum(['none', 'single', 'chain']).optional(),
  certInfo: z.boolean().optional(),
  authInfo: z.boolean().optional(),
});
const signHashRequest = z.object({
  credentialID: z.string(),
  SAD: z.string().optional(),
  hashes: z.array(z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)).min(1),
  hashAlgorithmOID: z.string(),
  signAlgo: z.string(),
  signAlgoParams: z.string().optional(),
  operationMode: z.enum(['S', 'A']).optional(),
});

class CscError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, description: string) {
    super(description);
    this.status = status;
    this.code = code;
  }
}

export async function startCscSimulator(options: CscSimulatorOptions): Promise<CscSimulator> {
  const server = createServer((req, res) => {
    handle(options, req)
      .then((body) => reply(res, 200, body))
      .catch((error: unknown) => {
        const e = error instanceof CscError ? error : new CscError(500, 'server_error', 'Internal error');
        reply(res, e.status, { error: e.code, error_description: e.message });
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

async function handle(options: CscSimulatorOptions, req: IncomingMessage): Promise<unknown> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'POST') throw new CscError(405, 'invalid_request', 'Only POST is supported');
  const body = await readJson(req);
  if (url.pathname === '/csc/v2/info') {
    return { specs: '2.0.0.2', name: 'motcua CSC simulator', region: 'VN', lang: 'vi', authType: ['oauth2client'], methods: ['credentials/info', 'signatures/signHash'] };
  }
  if (req.headers.authorization !== `Bearer ${options.token}`) throw new CscError(401, 'invalid_token', 'Invalid access token');
  if (url.pathname === '/csc/v2/credentials/info') return credentialInfo(options, body);
  if (url.pathname === '/csc/v2/signatures/signHash') return signHash(options, body);
  throw new CscError(404, 'invalid_request', `Unknown method ${url.pathname}`);
}

async function credentialInfo(options: CscSimulatorOptions, body: unknown): Promise<unknown> {
  const request = parse(credentialInfoRequest, body);
  const signer = credential(options, request.credentialID);
  const { certificate, chain } = await signer.certificates();
  const wanted = request.certificates ?? 'single';
  const certificates = wanted === 'none' ? [] : wanted === 'single' ? [certificate] : [certificate, ...chain];
  return {
    key: { status: 'enabled', algo: [signer.keyAlgorithm === 'RSA' ? OID.rsaEncryption : OID.ecPublicKey] },
    cert: { status: 'valid', certificates: certificates.map((der) => Buffer.from(der).toString('base64')) },
    authMode: options.sad ? 'explicit' : 'implicit',
    multisign: 1,
  };
}

async function signHash(options: CscSimulatorOptions, body: unknown): Promise<unknown> {
  const request = parse(signHashRequest, body);
  const signer = credential(options, request.credentialID);
  if (options.sad !== undefined && request.SAD !== options.sad) throw new CscError(400, 'invalid_request', 'Invalid parameter SAD');
  if (request.hashAlgorithmOID !== OID.sha256) throw new CscError(400, 'invalid_request', 'Unsupported hashAlgorithmOID');
  const expected: string[] = signer.keyAlgorithm === 'RSA' ? [OID.rsaEncryption, OID.sha256WithRsa] : [OID.ecdsaWithSha256];
  if (!expected.includes(request.signAlgo)) throw new CscError(400, 'invalid_request', 'Invalid parameter signAlgo');
  const digests = request.hashes.map((b64) => Buffer.from(b64, 'base64'));
  if (digests.some((d) => d.length !== 32)) throw new CscError(400, 'invalid_request', 'Invalid parameter hashes');
  const signatures = await Promise.all(digests.map((d) => signer.signDigest(d)));
  return { signatures: signatures.map((s) => Buffer.from(s).toString('base64')) };
}

function credential(options: CscSimulatorOptions, id: string): Signer {
  const signer = options.credentials.get(id);
  if (!signer) throw new CscError(400, 'invalid_request', 'Invalid parameter credentialID');
  return signer;
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new CscError(400, 'invalid_request', `Invalid parameter ${result.error.issues[0]?.path.join('.') ?? ''}`);
  return result.data;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new CscError(413, 'invalid_request', 'Request too large');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new CscError(400, 'invalid_request', 'Malformed JSON');
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}
