/** The procedure version an administration page is about, with its workflow (404 when either is missing), and what its workflow is checked against. */
import { z } from 'zod';
import { ProcedureCode, versionForAdmin } from '../../../modules/catalog/index.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { NotFoundError } from '../../../platform/errors.ts';

const Params = z.object({ code: ProcedureCode, version: z.coerce.number().int().min(1).max(1_000_000) });

export async function loadVersion(db: Executor, params: unknown) {
  const p = Params.safeParse(params);
  if (!p.success) throw new NotFoundError();
  const { code, version } = p.data;
  const found = await versionForAdmin(db, code, version);
  if (!found) throw new NotFoundError('procedure.notFound', { code: `${code} v${version}` });
  return { code, version, ...found };
}

export type LoadedAdminVersion = Awaited<ReturnType<typeof loadVersion>>;
