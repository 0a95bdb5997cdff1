/**
 * From the identity provider's claims to the person the portal knows. The ID
 * token's signature, issuer, audience, nonce and times are checked by
 * openid-client; this adds what motcua itself relies on: identification level
 * 2, a 12-digit personal id consistent with the birth date and sex, and only
 * organisations whose tax code is valid (others are dropped, not trusted).
 */
import { z } from 'zod';
import { checkPersonalId } from '../identifiers/personal-id.ts';
import { checkTaxCode } from '../identifiers/tax-code.ts';

/** Identification levels the portal accepts (level 2: verified with the chip-based identity card). */
export const ACCEPTED_ACR = ['vneid-level-2'] as const;

export interface VerifiedOrganisation {
  taxCode: string;
  name: string;
  role: 'LEGAL_REPRESENTATIVE' | 'AUTHORISED';
  address?: string;
}

export interface VerifiedCitizen {
  personalId: string;
  fullName: string;
  birthDate?: string;
  sex?: 'male' | 'female';
  phone?: string;
  email?: string;
  address?: string;
  organisations: VerifiedOrganisation[];
}

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional().catch(undefined);

const Claims = z.object({
  sub: z.string().min(1),
  acr: z.enum(ACCEPTED_ACR),
  personal_id: z.string().regex(/^\d{12}$/),
  name: z.string().trim().min(1).max(200),
  birthdate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  gender: z.enum(['male', 'female']).optional().catch(undefined),
  phone_number: optionalText(20),
  email: optionalText(200),
  address: optionalText(500),
  organisations: z.array(z.unknown()).max(50).optional().catch(undefined),
});

const Organisation = z.object({
  tax_code: z.string().max(20),
  name: z.string().trim().min(1).max(300),
  role: z.enum(['LEGAL_REPRESENTATIVE', 'AUTHORISED']),
  address: z.string().trim().min(1).max(500).optional().catch(undefined),
});

export type ClaimsProblem = 'level' | 'personal-id' | 'malformed';

/** The person, or why the claims cannot be trusted. */
export function citizenFromClaims(claims: Record<string, unknown>): { ok: true; citizen: VerifiedCitizen } | { ok: false; problem: ClaimsProblem } {
  const parsed = Claims.safeParse(claims);
  if (!parsed.success) {
    const paths = parsed.error.issues.map((i) => i.path[0]);
    return { ok: false, problem: paths.includes('acr') ? 'level' : paths.includes('personal_id') ? 'personal-id' : 'malformed' };
  }
  const c = parsed.data;
  if (!checkPersonalId(c.personal_id, { ...(c.birthdate ? { birthDate: c.birthdate } : {}), ...(c.gender ? { sex: c.gender } : {}) }).valid) return { ok: false, problem: 'personal-id' };
  const organisations: VerifiedOrganisation[] = [];
  for (const raw of c.organisations ?? []) {
    const o = Organisation.safeParse(raw);
    if (!o.success) continue;
    const tax = checkTaxCode(o.data.tax_code);
    if (!tax.valid || !tax.normalised || organisations.some((x) => x.taxCode === tax.normalised)) continue;
    organisations.push({ taxCode: tax.normalised, name: o.data.name, role: o.data.role, ...(o.data.address ? { address: o.data.address } : {}) });
  }
  return {
    ok: true,
    citizen: {
      personalId: c.personal_id,
      fullName: c.name,
      ...(c.birthdate ? { birthDate: c.birthdate } : {}),
      ...(c.gender ? { sex: c.gender } : {}),
      ...(c.phone_number ? { phone: c.phone_number } : {}),
      ...(c.email ? { email: c.email } : {}),
      ...(c.address ? { address: c.address } : {}),
      organisations,
    },
  };
}
