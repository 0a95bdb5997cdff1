/**
 * Reads on the hottest paths, compiled once and sent straight to the driver
 * (see platform/db/raw-query.ts): the public look-up by code, and the scope
 * check every action and full read begins with. Each selects only what it uses.
 */
import type { Executor } from '../../platform/db/database.ts';
import { rawQuery } from '../../platform/db/raw-query.ts';
import { dossierCodec } from './dossier-codec.ts';
import type { DossierRow } from './dossier.rows.ts';

const publicKeys = [
  'id', 'code', 'procedureCode', 'procedureVersionId', 'state', 'decision', 'ownerName', 'receivingAgencyId', 'competentAgencyId',
  'submittedAt', 'receivedAt', 'currentDueAt', 'originalDueAt', 'finishedAt', 'returnedAt', 'timeliness', 'extensionCount',
  'isOpen', 'intakeDueAt',
] as const;
export type PublicDossierRow = Pick<DossierRow, (typeof publicKeys)[number]>;

const columns = (keys: readonly string[]) => keys.map((k) => dossierCodec.column(k).name).join(', ');
const decodePartial = <T>(row: Record<string, unknown> | undefined): T | undefined =>
  row ? (Object.fromEntries(Object.entries(dossierCodec.decode(row)).filter(([, v]) => v !== undefined)) as T) : undefined;

const BY_CODE = `SELECT ${columns(publicKeys)} FROM dossiers WHERE code = $1`;
export async function findPublicDossier(db: Executor, code: string): Promise<PublicDossierRow | undefined> {
  const [row] = await rawQuery(db, BY_CODE, [code]);
  return decodePartial<PublicDossierRow>(row);
}

export type DossierScope = Pick<DossierRow, 'id' | 'agencyIds'>;
const SCOPE_BY_ID = `SELECT ${columns(['id', 'agencyIds'])} FROM dossiers WHERE id = $1`;
const SCOPE_BY_CODE = `SELECT ${columns(['id', 'agencyIds'])} FROM dossiers WHERE code = $1`;
export async function findDossierScope(db: Executor, idOrCode: string, isId: boolean): Promise<DossierScope | undefined> {
  const [row] = await rawQuery(db, isId ? SCOPE_BY_ID : SCOPE_BY_CODE, [idOrCode]);
  return decodePartial<DossierScope>(row);
}
