/** What the documents module needs from the rest of the system, handed in by the composition root. */
import type { Config } from '../../config.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { OcrEngine } from '../../platform/ocr/index.ts';
import type { AgencyDirectory } from '../agencies/index.ts';
import type { AuditLog } from '../audit/index.ts';
import type { ProcedureStore } from '../catalog/index.ts';
import type { DossierDeps } from '../dossiers/index.ts';
import type { SigningKeys } from '../signing/signing-keys.ts';
import type { FileService } from './file-service.ts';

export interface DocumentDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'uploadMaxBytes' | 'digitisationCodeStyle' | 'formRegulation' | 'publicUrl' | 'ocrWorkers' | 'hotline'>;
  agencies: AgencyDirectory;
  procedures: ProcedureStore;
  audit: AuditLog;
  files: FileService;
  signers: SigningKeys;
  ocr: OcrEngine | null;
  /** For the dossier scope checks and reads shared with the dossiers module. */
  dossiers: DossierDeps;
}
