/**
 * The digitisation-result code of TT 01/2023 Art. 10, whose official structure
 * is not confirmed (DOMAIN §8 ⚠) — so it is a configurable style:
 *  - DOSSIER_SHn:    `<dossier code>-SH<n>`, mirroring result codes `-KQ<n>`; a dossier without a
 *                    code yet (digitised at the desk before receipt) falls back to the next style;
 *  - AGENCY_DAY_SEQ: `<agency code>-SH-<yymmdd>-<nnnn>`, from the same gapless per-day counter
 *                    rows as dossier codes (scope "SH:<agency code>").
 * Codes are opaque once issued: nothing parses meaning out of them.
 */
import type { Tx } from '../../../platform/db/database.ts';
import { rawQuery } from '../../../platform/db/raw-query.ts';
import { vnLocalDate } from '../../../platform/clock.ts';

export type DigitisationCodeStyle = 'DOSSIER_SHn' | 'AGENCY_DAY_SEQ';

export async function allocateDigitisationCode(
  tx: Tx,
  style: DigitisationCodeStyle,
  ctx: { dossierCode: string | null; n: number; agencyCode: string; at: Date },
): Promise<string> {
  if (style === 'DOSSIER_SHn' && ctx.dossierCode) return `${ctx.dossierCode}-SH${ctx.n}`;
  const day = vnLocalDate(ctx.at);
  const [row] = await rawQuery(
    tx,
    `INSERT INTO dossier_code_counters AS k (scope, day, last) VALUES ($1, $2, 1)
     ON CONFLICT (scope, day) DO UPDATE SET last = k.last + 1 RETURNING k.last`,
    [`SH:${ctx.agencyCode}`, day],
  );
  const seq = String(row!.last).padStart(4, '0');
  return `${ctx.agencyCode}-SH-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${seq}`;
}
