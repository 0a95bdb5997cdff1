/**
 * Agency electronic identifiers (Decision 20/2020/QĐ-TTg). The current layout
 * reads left to right from the level-1 code (`H21.10`); the legacy layout of
 * Circular 10/2016 reads right to left (`000.00.10.H21`). Legacy codes are
 * normalised through the alias table; reversing the groups mechanically is
 * plausible but unconfirmed (DOMAIN §6.3), so it is only an opt-in fallback.
 */

export type AgencyCodeForm = 'CURRENT' | 'LEGACY' | 'OTHER_ORGANISATION';

const CURRENT_RE = /^(?=.{3,35}$)[A-Y]\d{2}(\.[0-9A-Z]+)*$/;
const LEGACY_RE = /^\d{3}\.\d{2}\.\d{2}\.[A-Y]\d{2}$/;
const OTHER_RE = /^Z(0[1-9]|[1-9]\d)[0-9A-Z.]{1,32}$/;

export function classifyAgencyCode(input: string): AgencyCodeForm | null {
  if (LEGACY_RE.test(input)) return 'LEGACY';
  if (CURRENT_RE.test(input)) return 'CURRENT';
  if (OTHER_RE.test(input)) return 'OTHER_ORGANISATION';
  return null;
}

/** Trims and upper-cases what people type; returns null when it cannot be an agency code. */
export function cleanAgencyCode(input: string): string | null {
  const code = input.trim().toUpperCase();
  return classifyAgencyCode(code) ? code : null;
}

/** `000.00.10.H21` → `H21.10`: groups reversed, all-zero groups dropped. ⚠ unconfirmed rule. */
export function mechanicalFromLegacy(legacy: string): string {
  return legacy
    .split('.')
    .reverse()
    .filter((g) => !/^0+$/.test(g))
    .join('.');
}
