/** What the dossiers module needs from the rest of the system, handed in by the composition root. */
import type { Config } from '../../config.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db, Executor } from '../../platform/db/database.ts';
import type { AgencyDirectory } from '../agencies/index.ts';
import type { AuditLog } from '../audit/index.ts';
import type { CalendarService } from '../calendar/index.ts';
import type { ProcedureStore } from '../catalog/index.ts';
import type { WorkflowStore } from '../workflow/index.ts';
import type { Ctx } from '../identity/index.ts';

export interface DossierDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'deadlines' | 'dossierCodeFormat' | 'onlineCodeAt' | 'resultCodeStyle' | 'refusalSyncStatus'>;
  agencies: AgencyDirectory;
  procedures: ProcedureStore;
  workflows: WorkflowStore;
  calendars: CalendarService;
  audit: AuditLog;
  /** The files and warehouse items of the documents module, read by desk intake and the supplement read model. */
  papers: DossierPapers;
}

/**
 * What dossiers reads of the documents module. Documents is built on dossiers
 * (a file belongs to a dossier and is checked against its scope), so importing
 * it here would close a cycle; the composition root hands its two reads in.
 */
export interface DossierPapers {
  /** Every file of the dossier, oldest first, the superseded ones included. */
  listDossierFiles(db: Executor, dossierId: string): Promise<{ componentCode: string | null; fileName: string; addedAt: Date; supersededAt: Date | null }[]>;
  /** The owner's data-warehouse items of these document types still valid on `today` (YYYY-MM-DD). */
  validItemsOfTypes(db: Executor, owner: { idType: string; id: string }, documentTypes: string[], today: string): Promise<unknown[]>;
}

/**
 * What a dossier command uses of its context. Its commit writes the audit and
 * outbox rows in its own single statement (ADR 0005, ADR 0016), so a caller
 * already inside a transaction may pass just these.
 */
export type DossierCommandCtx = Pick<Ctx, 'tx' | 'actor' | 'now' | 'requestId'>;
