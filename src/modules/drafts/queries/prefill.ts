/**
 * "Enter data once" (Decree 45/2020): answers a new draft starts with, and
 * where each came from, so the page can say "Đã điền sẵn từ …". In order of
 * trust: the identity provider's claims (fields that declare a `prefill`),
 * the owner's latest dossier of the same procedure, the same field names in
 * their other dossiers, then documents held in their data warehouse.
 */
import { vnLocalDate } from '../../../platform/clock.ts';
import type { Executor } from '../../../platform/db/database.ts';
import type { EformSchema, FormField, LoadedVersion } from '../../catalog/index.ts';
import { validItemsOfTypes } from '../../documents/index.ts';
import { ownerRecentAnswers } from '../../dossiers/index.ts';
import type { DraftOwner } from '../drafts.schemas.ts';

export type PrefillSource = 'identity' | 'sameProcedure' | 'otherDossier' | 'warehouse';

export interface IdentityClaims {
  person: { fullName: string; personalId: string; birthDate?: string | undefined; address?: string | undefined; phone?: string | undefined; email?: string | undefined };
  organisation?: { name: string; taxCode: string; address?: string | undefined } | undefined;
}

export interface Prefill {
  answers: Record<string, unknown>;
  sources: Record<string, PrefillSource>;
}

function claimValue(field: FormField, claims: IdentityClaims): unknown {
  const p = claims.person;
  switch (field.prefill) {
    case 'owner.name':
      return p.fullName;
    case 'owner.personalId':
      return p.personalId;
    case 'owner.birthDate':
      return p.birthDate;
    case 'owner.address':
      return claims.organisation?.address ?? p.address;
    case 'owner.phone':
      return p.phone;
    case 'owner.email':
      return p.email;
    case 'organisation.taxCode':
      return claims.organisation?.taxCode;
    case 'organisation.name':
      return claims.organisation?.name;
    default:
      return undefined;
  }
}

/**
 * Field names that mean a warehouse document's metadata across the catalogue:
 * the number and the issue date of the paper a reusable component asks for.
 */
const WAREHOUSE_FIELDS: Record<string, 'documentNumber' | 'issuedOn'> = {
  soGiayPhep: 'documentNumber',
  soVanBan: 'documentNumber',
  soDangKy: 'documentNumber',
  ngayCap: 'issuedOn',
};

const allFields = (schema: EformSchema): FormField[] => schema.pages.flatMap((p) => p.fields);

/** Identity claims only: pure, used for the hints on every page. */
export function identityPrefill(schema: EformSchema, claims: IdentityClaims): Prefill {
  const out: Prefill = { answers: {}, sources: {} };
  for (const f of allFields(schema)) {
    const v = claimValue(f, claims);
    if (v !== undefined && v !== '') {
      out.answers[f.name] = v;
      out.sources[f.name] = 'identity';
    }
  }
  return out;
}

export async function prefillFor(db: Executor, now: Date, version: LoadedVersion, owner: DraftOwner, claims: IdentityClaims): Promise<Prefill> {
  const schema = version.version.eformSchema;
  const out = identityPrefill(schema, claims);
  const fields = allFields(schema);
  const put = (name: string, value: unknown, source: PrefillSource) => {
    if (name in out.answers || value === undefined || value === null || value === '') return;
    out.answers[name] = value;
    out.sources[name] = source;
  };
  const earlier = await ownerRecentAnswers(db, owner);
  const same = earlier.find((d) => d.procedureCode === version.procedure.code);
  for (const f of fields) if (same) put(f.name, same.formData[f.name], 'sameProcedure');
  for (const d of earlier) for (const f of fields) put(f.name, d.formData[f.name], 'otherDossier');

  const reusable = version.version.details.components.filter((c) => c.acceptsReuse && c.documentType).map((c) => c.documentType!);
  const wanted = fields.filter((f) => WAREHOUSE_FIELDS[f.name] && !(f.name in out.answers));
  if (wanted.length > 0 && reusable.length > 0) {
    const [item] = await validItemsOfTypes(db, { idType: owner.ownerIdType, id: owner.ownerId }, reusable, vnLocalDate(now));
    if (item) for (const f of wanted) put(f.name, item[WAREHOUSE_FIELDS[f.name]!], 'warehouse');
  }
  return out;
}
