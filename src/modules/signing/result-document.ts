/**
 * The e-result as a document: the catalogue's result type as its title, the
 * holder, the procedure's legal basis, the answers of the e-form as the
 * content, the competent agency as issuer and whoever decided as signer, and a
 * QR code that opens the public verification page.
 */
import type { LoadedVersion } from '../catalog/index.ts';
import { visibleFields } from '../catalog/index.ts';
import type { AgencySnapshot } from '../agencies/index.ts';
import type { ActionRow, DossierRow, ResultRow } from '../dossiers/index.ts';
import { agencyRefOf, applicantRefOf, placeOf, type ResultView } from '../documents/index.ts';

function answerText(value: unknown, options?: { value: string; label: string }[]): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return value.map((v) => answerText(v, options)).filter(Boolean).join(', ');
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  const label = options?.find((o) => o.value === value)?.label;
  return label ?? (typeof value === 'object' ? JSON.stringify(value) : String(value));
}

export function verifyUrlOf(publicUrl: string, resultCode: string): string {
  return `${publicUrl}/verify/${encodeURIComponent(resultCode)}`;
}

export function resultView(
  ctx: { publicUrl: string; agencies: AgencySnapshot; version: LoadedVersion; actions: ActionRow[] },
  dossier: DossierRow,
  result: ResultRow,
  replaces?: { code: string; reason: string },
): ResultView {
  const decider = [...ctx.actions].reverse().find((a) => a.type === 'sign' || a.type === 'approve' || a.type === 'refuse');
  const holder = applicantRefOf(dossier);
  const fields =
    result.kind === 'REFUSAL'
      ? [{ label: 'Lý do', value: [...ctx.actions].reverse().find((a) => a.type === 'refuse')?.reason ?? '' }]
      : visibleFields(ctx.version.version.eformSchema, dossier.formData).flatMap((f) => {
          const text = answerText(dossier.formData[f.name], f.options);
          return text ? [{ label: f.label, value: text }] : [];
        });
  const verifyUrl = verifyUrlOf(ctx.publicUrl, result.code);
  const agency = agencyRefOf(ctx.agencies, dossier.competentAgencyId);
  const view: ResultView = {
    resultCode: result.code,
    title: result.title.toLocaleUpperCase('vi'),
    agency,
    place: placeOf(ctx.agencies, dossier.competentAgencyId),
    issuedAt: result.issuedAt ?? dossier.updatedAt,
    holder: { name: holder.name, ...(holder.idNumber ? { idNumber: holder.idNumber } : {}), ...(holder.address ? { address: holder.address } : {}) },
    preamble: ctx.version.version.details.legalBases.map((b) => `Căn cứ ${b.number} ${b.title};`),
    fields: [{ label: 'Thủ tục hành chính', value: `${ctx.version.procedure.name} (${ctx.version.procedure.code})` }, ...fields],
    signer: { name: decider?.actorName ?? agency.name, title: 'Thủ trưởng cơ quan', organisation: agency.name },
    verifyUrl,
    qr: { dossierCode: dossier.code ?? '', procedureCode: dossier.procedureCode, applicantId: dossier.ownerId, documentName: result.title, url: verifyUrl },
  };
  if (result.documentNumber) view.documentNumber = result.documentNumber;
  if (replaces) view.replaces = replaces;
  return view;
}
