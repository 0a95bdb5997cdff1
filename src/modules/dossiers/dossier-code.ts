/**
 * Dossier codes (DOMAIN §6.1): receiving agency + receipt date + daily sequence,
 * allocated at receipt in the receipt's own transaction. The layout is chosen by
 * configuration because Circular 03/2025 may have changed it; the stored code
 * is opaque — nothing reads meaning back out of it.
 */
export type CodeFormat = 'TT01_2018' | 'YYYYMMDD_SEQ7';

export function formatDossierCode(format: CodeFormat, agencyCode: string, localDay: string, n: number): string {
  const [y, m, d] = localDay.split('-');
  // A busier day than the layout foresees keeps counting with more digits rather than wrapping.
  return format === 'TT01_2018'
    ? `${agencyCode}-${y!.slice(2)}${m}${d}-${String(n).padStart(4, '0')}`
    : `${agencyCode}-${y}${m}${d}-${String(n).padStart(7, '0')}`;
}

export const DOSSIER_CODE_RE = /^[0-9A-Z.]{3,35}-(\d{6}-\d{4,}|\d{8}-\d{7,})$/;
