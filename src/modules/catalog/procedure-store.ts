/**
 * Loading procedure versions for dossiers. Published versions never change, so
 * each is loaded once per process; the code → current version pointer is kept
 * for a short time (a newly published version is picked up within 30 s by other
 * processes, at once by the one that published it).
 */
import type { Executor } from '../../platform/db/database.ts';
import { findProcedureByCode, findProcedureById, findVersionById, versionAgencies, type ProcedureRow, type VersionRow } from './catalog.repo.ts';
import { DurationUnit, EformSchema, ProcedureDetails } from './catalog.schemas.ts';

export interface LoadedVersion {
  procedure: Pick<ProcedureRow, 'id' | 'code' | 'name' | 'fieldCode' | 'level' | 'lifeEvents'>;
  version: Omit<VersionRow, 'details' | 'eformSchema' | 'durationUnit'> & {
    details: ProcedureDetails;
    eformSchema: EformSchema;
    durationUnit: DurationUnit;
  };
  competentAgencyIds: string[];
}

const POINTER_MS = 30_000;

export class ProcedureStore {
  readonly #versions = new Map<string, LoadedVersion>();
  readonly #current = new Map<string, { versionId: string | null; until: number }>();

  async versionById(db: Executor, versionId: string, procedure?: ProcedureRow): Promise<LoadedVersion | undefined> {
    const cached = this.#versions.get(versionId);
    if (cached) return cached;
    const row = await findVersionById(db, versionId);
    if (!row) return undefined;
    const proc = procedure ?? (await findProcedureById(db, row.procedureId));
    if (!proc) return undefined;
    const agencies = await versionAgencies(db, versionId);
    const loaded: LoadedVersion = {
      procedure: { id: proc.id, code: proc.code, name: proc.name, fieldCode: proc.fieldCode, level: proc.level, lifeEvents: proc.lifeEvents },
      version: {
        ...row,
        durationUnit: DurationUnit.parse(row.durationUnit),
        details: ProcedureDetails.parse(row.details),
        eformSchema: EformSchema.parse(row.eformSchema),
      },
      competentAgencyIds: agencies.filter((a) => a.role === 'COMPETENT').map((a) => a.agencyId),
    };
    if (row.status !== 'DRAFT') this.#versions.set(versionId, loaded);
    return loaded;
  }

  async currentByCode(db: Executor, code: string): Promise<{ procedure: ProcedureRow; current: LoadedVersion | undefined } | undefined> {
    const procedure = await findProcedureByCode(db, code);
    if (!procedure) return undefined;
    const current = procedure.currentVersionId ? await this.versionById(db, procedure.currentVersionId, procedure) : undefined;
    return { procedure, current };
  }

  /** The current published version id of a procedure, cached briefly (the hot path of submissions). */
  async currentVersionId(db: Executor, code: string): Promise<string | null | undefined> {
    const hit = this.#current.get(code);
    if (hit && hit.until > Date.now()) return hit.versionId;
    const procedure = await findProcedureByCode(db, code);
    if (!procedure) return undefined;
    this.#current.set(code, { versionId: procedure.currentVersionId, until: Date.now() + POINTER_MS });
    return procedure.currentVersionId;
  }

  forget(code: string): void {
    this.#current.delete(code);
  }
}
