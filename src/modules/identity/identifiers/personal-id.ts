/**
 * The 12-digit personal identification number, `PPP G YY RRRRRR` (DOMAIN §6.5):
 * province of birth registration, century-and-sex digit, last two digits of the
 * birth year, six random digits. There is no check digit, so validation is the
 * layout plus consistency with a known birth date and sex.
 */
import type { MessageKey } from '../../../platform/i18n/index.ts';
import { birthProvinceCodes } from './province-codes.ts';

export interface IdentifierReason {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export interface PersonalIdCheck {
  valid: boolean;
  legacy: boolean;
  reasons: IdentifierReason[];
  decoded?: { provinceCode: string; province: string | null; birthCentury: number; sex: 'male' | 'female'; birthYear: number };
}

export function checkPersonalId(id: string, known: { birthDate?: string; sex?: 'male' | 'female' } = {}): PersonalIdCheck {
  if (/^\d{9}$/.test(id)) return { valid: false, legacy: true, reasons: [{ key: 'personalId.legacy' }] };
  if (!/^\d{12}$/.test(id)) return { valid: false, legacy: false, reasons: [{ key: 'personalId.format' }] };
  const reasons: IdentifierReason[] = [];
  const provinceCode = id.slice(0, 3);
  const province = birthProvinceCodes[provinceCode] ?? null;
  if (!province) reasons.push({ key: 'personalId.province', params: { code: provinceCode } });
  const g = Number(id[3]);
  const yy = Number(id.slice(4, 6));
  const birthCentury = 1900 + Math.floor(g / 2) * 100;
  const sex = g % 2 === 0 ? 'male' : 'female';
  const birthYear = birthCentury + yy;
  if (known.birthDate) {
    const year = Number(known.birthDate.slice(0, 4));
    if (Math.floor(year / 100) * 100 !== birthCentury) {
      reasons.push({ key: 'personalId.centuryMismatch', params: { digit: g, year } });
    } else if (year % 100 !== yy) {
      reasons.push({ key: 'personalId.yearMismatch', params: { yy: id.slice(4, 6), year } });
    }
  }
  if (known.sex && known.sex !== sex) reasons.push({ key: 'personalId.sexMismatch', params: { digit: g } });
  return { valid: reasons.length === 0, legacy: false, reasons, decoded: { provinceCode, province, birthCentury, sex, birthYear } };
}
