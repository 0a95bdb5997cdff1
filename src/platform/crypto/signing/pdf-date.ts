/**
 * PDF dates (ISO 32000-1 §7.9.4): `D:YYYYMMDDHHmmSSOHH'mm'`, every part after the year
 * optional, O one of + - Z. Signers write all sorts of variants (missing apostrophes, a
 * trailing apostrophe, no offset meaning "unknown", read here as UTC), so the reader is lenient
 * about punctuation and strict about numbers: an impossible date gives null, never a guess.
 */
const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([+\-Z])(?:(\d{2})'?(?:(\d{2})'?)?)?)?$/;

export function parsePdfDate(text: string): Date | null {
  const match = PDF_DATE.exec(text.trim());
  if (!match) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = match;
  const parts = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)] as const;
  const utc = Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]);
  const date = new Date(utc);
  // Date.UTC rolls 2024-02-31 over to March; a real PDF date never needs that.
  if (date.getUTCMonth() !== parts[1] - 1 || date.getUTCDate() !== parts[2] || parts[3] > 23 || parts[4] > 59 || parts[5] > 59) {
    return null;
  }
  const offsetMinutes = sign === '+' || sign === '-' ? (Number(oh) * 60 + Number(om)) * (sign === '-' ? -1 : 1) : 0;
  return new Date(utc - offsetMinutes * 60_000);
}
