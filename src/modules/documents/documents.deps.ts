/** What the documents module needs from the rest of the system, handed in by the composition root. */
import type { Config } from '../../config.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Signer } from '../../platform/crypto/signing/index.ts';
import type { OcrEngine } from '../../platform/ocr/index.ts';
import type { AgencyDirectory } from '../agencies/index.ts';
import type { AuditLog } from '../audit/index.ts';
import type { ProcedureStore } from '../catalog/index.ts';
import type { DossierDeps } from '../dossiers/index.ts';
import type { FileService } from './file-service.ts';

/**
 * The officer certificates scans and forms are signed with. Stated here by
 * shape (the signing module's keys fit it) so documents does not depend on
 * signing, which builds e-results on top of documents.
 */
export interface OfficerSigners {
  signerFor(subject: { kind: 'agency' | 'officer'; key: string; commonName: string; organisation: string }): Promise<Signer>;
}

export interface DocumentDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'uploadMaxBytes' | 'digitisationCodeStyle' | 'formRegulation' | 'publicUrl' | 'ocrWorkers' | 'hotline'>;
  agencies: AgencyDirectory;
  procedures: ProcedureStore;
  audit: AuditLog;
  files: FileService;
  signers: OfficerSigners;
  ocr: OcrEngine | null;
  /** For the dossier scope checks and reads shared with the dossiers module. */
  dossiers: DossierDeps;
}
