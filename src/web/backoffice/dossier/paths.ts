/** Addresses of the dossier page's downloads, and which printable forms apply to a dossier so far. */
import type { DossierFormId } from '../../../modules/documents/index.ts';
import type { DossierPageData } from './dossier-data.ts';

const base = (id: string) => `/can-bo/ho-so/${encodeURIComponent(id)}`;
export const dossierPath = base;
export const filePath = (id: string, fileId: string) => `${base(id)}/tep/${encodeURIComponent(fileId)}`;
export const resultPath = (id: string, code: string) => `${base(id)}/ket-qua/${encodeURIComponent(code)}`;
export const formPath = (id: string, form: DossierFormId) => `${base(id)}/mau/${form}.pdf`;

/** Form 01 once received, 02 after a supplement request, 03 after a refusal at intake, 04 after an extension, 05 once received, "stop" after a stop. */
export function applicableForms(v: Pick<DossierPageData['view'], 'dates' | 'actions' | 'extensionCount'>): DossierFormId[] {
  const types = new Set(v.actions.map((a) => a.type));
  const out: DossierFormId[] = [];
  if (v.dates.receivedAt) out.push('receiptSlip');
  if (types.has('request_supplement') || types.has('request_intake_supplement')) out.push('supplementRequest');
  if (types.has('reject_intake')) out.push('refusalNotice');
  if (v.extensionCount > 0) out.push('apologyExtension');
  if (types.has('stop')) out.push('stopNotice');
  if (v.dates.receivedAt) out.push('controlSlip');
  return out;
}
