// PKCS#12 files made by OpenSSL 3 itself (AES-256-CBC, PBKDF2, SHA-256 MAC) load, keep the
// certificate byte for byte (UTF-8 names included), and sign; bad files get clear errors.
import { createHash, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCertificate } from './certificate-info.ts';
import { loadP12Signer } from './p12-signer.ts';
import { makeTempDir, run } from './test-fixtures.ts';

const SUBJECT = 'Nguyễn Thị Hồng Nhung';
let temp: ReturnType<typeof makeTempDir>;
let rsaP12: Buffer;
let rsaCertDer: Buffer;
let chainP12: Buffer;
let caCertDer: Buffer;
let ecP12: Buffer;

async function openssl(args: string[]): Promise<void> {
  const result = await run('openssl', args);
  if (result.code !== 0) throw new Error(`openssl ${args[0]}: ${result.stderr}`);
}

beforeAll(async () => {
  temp = makeTempDir('p12');
  const f = (name: string) => path.join(temp.dir, name);
  // A self-signed RSA certificate with a Vietnamese UTF-8 name, exported with OpenSSL 3's defaults.
  await openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('rsa.key'), '-out', f('rsa.pem'), '-days', '30', '-utf8', '-subj', `/C=VN/O=Sở Nội vụ/CN=${SUBJECT}`]);
  await openssl(['pkcs12', '-export', '-inkey', f('rsa.key'), '-in', f('rsa.pem'), '-out', f('rsa.p12'), '-passout', 'pass:bí-mật']);
  await openssl(['x509', '-in', f('rsa.pem'), '-outform', 'DER', '-out', f('rsa.der')]);
  // A CA-issued leaf, with the CA in the same file.
  await openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', '30', '-utf8', '-subj', '/CN=CA thử nghiệm', '-addext', 'basicConstraints=critical,CA:TRUE']);
  await openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('leaf.key'), '-out', f('leaf.csr'), '-utf8', '-subj', '/CN=Cán bộ một cửa']);
  await openssl(['x509', '-req', '-in', f('leaf.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-CAcreateserial', '-out', f('leaf.pem'), '-days', '30']);
  await openssl(['pkcs12', '-export', '-inkey', f('leaf.key'), '-in', f('leaf.pem'), '-certfile', f('ca.pem'), '-out', f('chain.p12'), '-passout', 'pass:secret']);
  await openssl(['x509', '-in', f('ca.pem'), '-outform', 'DER', '-out', f('ca.der')]);
  // An EC key, which a local signer cannot use.
  await openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', f('ec.key'), '-out', f('ec.pem'), '-days', '30', '-subj', '/CN=EC']);
  await openssl(['pkcs12', '-export', '-inkey', f('ec.key'), '-in', f('ec.pem'), '-out', f('ec.p12'), '-passout', 'pass:secret']);
  rsaP12 = readFileSync(f('rsa.p12'));
  rsaCertDer = readFileSync(f('rsa.der'));
  chainP12 = readFileSync(f('chain.p12'));
  caCertDer = readFileSync(f('ca.der'));
  ecP12 = readFileSync(f('ec.p12'));
});

afterAll(() => temp.cleanup());

describe('loadP12Signer', () => {
  it('loads an OpenSSL 3 .p12, keeping the certificate byte for byte', async () => {
    const signer = await loadP12Signer(rsaP12, 'bí-mật');
    const { certificate, chain } = await signer.certificates();
    expect(Buffer.from(certificate).equals(rsaCertDer)).toBe(true);
    expect(chain).toEqual([]);
    expect(readCertificate(certificate).commonName).toBe(SUBJECT);
    expect(signer.keyAlgorithm).toBe('RSA');
  });

  it('signs a SHA-256 digest so that the certificate key verifies it as sha256WithRSA', async () => {
    const signer = await loadP12Signer(rsaP12, 'bí-mật');
    const data = Buffer.from('dữ liệu cần ký');
    const signature = await signer.signDigest(createHash('sha256').update(data).digest());
    expect(verify('sha256', data, readCertificate(rsaCertDer).node.publicKey, signature)).toBe(true);
    expect(verify('sha256', Buffer.from('khác'), readCertificate(rsaCertDer).node.publicKey, signature)).toBe(false);
  });

  it('returns the issuing CA as the chain', async () => {
    const signer = await loadP12Signer(chainP12, 'secret');
    const { certificate, chain } = await signer.certificates();
    expect(readCertificate(certificate).commonName).toBe('Cán bộ một cửa');
    expect(chain.map((c) => Buffer.from(c))).toEqual([caCertDer]);
  });

  it('says the password is wrong when it is', async () => {
    await expect(loadP12Signer(rsaP12, 'wrong')).rejects.toMatchObject({ status: 422, key: 'signing.p12WrongPassword' });
  });

  it('says a file that is not PKCS#12 is not', async () => {
    await expect(loadP12Signer(Buffer.from('not a p12'), 'x')).rejects.toMatchObject({ status: 422, key: 'signing.p12Invalid' });
    await expect(loadP12Signer(rsaCertDer, 'x')).rejects.toMatchObject({ status: 422, key: 'signing.p12Invalid' });
  });

  it('refuses an EC key it cannot sign with locally', async () => {
    await expect(loadP12Signer(ecP12, 'secret')).rejects.toMatchObject({ status: 422, key: 'signing.unsupportedKey', params: { algorithm: 'EC' } });
  });
});
