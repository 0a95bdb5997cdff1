/** What the signing module needs, handed in by the composition root. */
import type { Config } from '../../config.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { AgencyDirectory } from '../agencies/index.ts';
import type { AuditLog } from '../audit/index.ts';
import type { ProcedureStore } from '../catalog/index.ts';
import type { FileService } from '../documents/index.ts';
import type { DossierDeps } from '../dossiers/index.ts';
import type { SigningKeys } from './signing-keys.ts';

export interface SigningDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'publicUrl' | 'resultCodeStyle'>;
  agencies: AgencyDirectory;
  procedures: ProcedureStore;
  audit: AuditLog;
  files: FileService;
  signers: SigningKeys;
  dossiers: DossierDeps;
}
