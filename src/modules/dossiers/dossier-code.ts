/**
 * Dossier codes (DOMAIN §6.1): receiving agency + receipt date + daily sequence,
 * allocated at receipt in the receipt's own transaction. The layout is chosen by
 * configuration because Circular 03/2025 may have changed it; the stored code
 * is opaque — nothing reads meaning back out of it.
 */
/** Stands for the dossier code in a command's values until its final statement allocates it (dossier-commit.repo.ts). */
export const CODE_PLACEHOLDER = '@@motcua-dossier-code@@';

export type CodeFormat = 'TT01_2018' | 'YYYYMMDD_SEQ7';

/** What the database needs to allocate a code: the counter (agency, day) and the layout around the number. */
export interface CodeAllocation {
  scope: string;
  day: string;
  prefix: string;
  width: number;
}

export function codeAllocation(format: CodeFormat, agencyCode: string, localDay: string): CodeAllocation {
  const [y, m, d] = localDay.split('-');
  return format === 'TT01_2018'
    ? { scope: agencyCode, day: localDay, prefix: `${agencyCode}-${y!.slice(2)}${m}${d}-`, width: 4 }
    : { scope: agencyCode, day: localDay, prefix: `${agencyCode}-${y}${m}${d}-`, width: 7 };
}

export function formatDossierCode(format: CodeFormat, agencyCode: string, localDay: string, n: number): string {
  const { prefix, width } = codeAllocation(format, agencyCode, localDay);
  // A busier day than the layout foresees keeps counting with more digits rather than wrapping.
  return `${prefix}${String(n).padStart(width, '0')}`;
}

export const DOSSIER_CODE_RE = /^[0-9A-Z.]{3,35}-(\d{6}-\d{4,}|\d{8}-\d{7,})$/;

/** `<dossier code>-KQ<n>` (Decree 45/2020 Art. 14(3)); whether the literal is `KQn` or `KQ(n)` is configurable (DOMAIN §6.2 ⚠). */
export function formatResultCode(style: 'KQn' | 'KQ(n)', dossierCode: string, n: number): string {
  return style === 'KQ(n)' ? `${dossierCode}-KQ(${n})` : `${dossierCode}-KQ${n}`;
}
