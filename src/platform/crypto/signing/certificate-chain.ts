/**
 * Builds a certificate path from a signer's certificate up to a trusted root, using the
 * certificates embedded in the signature plus the trust list, and checking every link's
 * signature (not just matching names: anyone can write a CA's name into a certificate).
 * Revocation (CRL/OCSP) is not checked here: that needs the network and belongs to the
 * long-term validation layer.
 */
import type { CertificateInfo } from './certificate-info.ts';

export interface CertificatePath {
  /** Leaf first; ends at the anchor when trusted, or wherever the path broke. */
  chain: CertificateInfo[];
  trusted: boolean;
}

/** Real paths are 2–4 certificates long; a longer one is a loop or an attack. */
const MAX_PATH = 10;

export function buildCertificatePath(leaf: CertificateInfo, pool: CertificateInfo[], anchors: CertificateInfo[]): CertificatePath {
  const chain = [leaf];
  for (let current = leaf; chain.length <= MAX_PATH; ) {
    if (anchors.some((anchor) => anchor.der.equals(current.der))) return { chain, trusted: true };
    const anchor = anchors.find((candidate) => issued(candidate, current));
    if (anchor) return { chain: [...chain, anchor], trusted: true };
    const next = pool.find((candidate) => !chain.includes(candidate) && candidate.node.ca && issued(candidate, current));
    if (!next) return { chain, trusted: false };
    chain.push(next);
    current = next;
  }
  return { chain, trusted: false };
}

/** Is `child` issued by `issuer`: names match and the issuer's key verifies the signature. */
export function issued(issuer: CertificateInfo, child: CertificateInfo): boolean {
  try {
    return child.node.checkIssued(issuer.node) && child.node.verify(issuer.node.publicKey);
  } catch {
    return false;
  }
}
