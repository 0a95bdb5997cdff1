/**
 * Before an upload is read: the dossier is visible, the actor may add files to
 * it (or digitise its papers), it is still open, and the component exists —
 * so no byte is stored for a request that would be refused. Answers the upload
 * policy the bytes are then checked against.
 */
import type { UploadPolicy } from '../../../platform/storage/index.ts';
import type { Actor } from '../../identity/index.ts';
import { dossierForFiles } from '../commands/dossier-for-files.ts';
import type { DocumentDeps } from '../documents.deps.ts';
import { scanPolicy, uploadPolicyFor } from '../upload-policy.ts';

export async function uploadTarget(deps: DocumentDeps, actor: Actor, input: { dossierId: string; componentCode: string; scan: boolean }): Promise<UploadPolicy> {
  const { component } = await dossierForFiles(deps.db, deps, actor, {
    idOrCode: input.dossierId,
    permission: input.scan ? 'file.digitise' : 'file.attach',
    action: input.scan ? 'documents.action.digitise' : 'documents.action.attach',
    componentCode: input.componentCode,
  });
  return input.scan ? scanPolicy(deps.config.uploadMaxBytes) : uploadPolicyFor(component, deps.config.uploadMaxBytes);
}
