/**
 * The signed PDF of one result of a dossier, read by someone already allowed to
 * see that dossier (the API, the officer's page and the owner's portal each
 * decide that their own way). Unsigned, unknown or another dossier's result is
 * the same 404; every read is audited.
 */
import { Readable } from 'node:stream';
import { NotFoundError } from '../../../platform/errors.ts';
import type { Actor } from '../../identity/index.ts';
import { findResult } from '../../dossiers/index.ts';
import type { SigningDeps } from '../signing.deps.ts';

export interface SignedResultFile {
  stream: Readable;
  fileName: string;
  contentType: 'application/pdf';
  size: number;
}

/** The dossier a result code belongs to, when its signed PDF exists (for callers that start from the code). */
export async function signedResultDossierId(deps: Pick<SigningDeps, 'db'>, code: string): Promise<string> {
  const result = await findResult(deps.db, { code });
  if (!result?.sha256) throw new NotFoundError('documents.resultNotFound', { code });
  return result.dossierId;
}

export async function readSignedResult(
  deps: Pick<SigningDeps, 'db' | 'files' | 'audit' | 'clock'>,
  actor: Actor,
  dossierId: string,
  code: string,
  requestId: string,
): Promise<SignedResultFile> {
  const result = await findResult(deps.db, { code });
  if (!result?.sha256 || result.dossierId !== dossierId) throw new NotFoundError('documents.resultNotFound', { code });
  const bytes = await deps.files.read(result.sha256);
  await deps.audit.record(deps.db, { actor, at: deps.clock.now(), requestId }, [{ action: 'result.read', entityType: 'dossier', entityId: dossierId, payload: { result: result.code } }]);
  return { stream: Readable.from([bytes]), fileName: `${result.code}.pdf`, contentType: 'application/pdf', size: bytes.length };
}
