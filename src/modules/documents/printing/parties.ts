/**
 * The parties every printed document names: the issuing agency under its parent
 * (the left column of the national heading), the place of the date line, and
 * the applicant as the dossier records them. Shared by the forms and e-results.
 */
import type { AgencySnapshot } from '../../agencies/index.ts';
import type { DossierRow } from '../../dossiers/index.ts';
import type { AgencyRef, ApplicantRef } from '../forms/form-views.ts';

export function agencyRefOf(agencies: AgencySnapshot, agencyId: string, deskName?: string): AgencyRef {
  const agency = agencies.byId(agencyId);
  const parent = agency?.parentId ? agencies.byId(agency.parentId) : undefined;
  return {
    parentName: (parent?.name ?? '').toLocaleUpperCase('vi'),
    name: agency?.name ?? '',
    ...(deskName ? { deskName } : {}),
  };
}

/** The province or commune named in "<place>, ngày … tháng … năm …": the root People's Committee's area. */
export function placeOf(agencies: AgencySnapshot, agencyId: string): string {
  const chain = [agencies.byId(agencyId), ...agencies.ancestors(agencyId)].filter((a) => a !== undefined);
  const root = chain[chain.length - 1];
  const m = root ? /(?:tỉnh|thành phố)\s+(.+)$/i.exec(root.name) : null;
  return m?.[1]?.trim() ?? root?.name ?? '';
}

export function applicantRefOf(d: Pick<DossierRow, 'applicant' | 'ownerName' | 'ownerId'>): ApplicantRef {
  const p = d.applicant.person;
  const org = d.applicant.organisation;
  const ref: ApplicantRef = { name: d.ownerName, idNumber: d.ownerId };
  const address = org?.address ?? p.address;
  const phone = org?.phone ?? p.phone;
  const email = org?.email ?? p.email;
  if (address) ref.address = address;
  if (phone) ref.phone = phone;
  if (email) ref.email = email;
  return ref;
}

