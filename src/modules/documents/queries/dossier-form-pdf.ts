/**
 * One standard form of a dossier (Forms 01–05) as a signed PDF, for whoever may
 * see the dossier. Shared by the REST route (bearer token) and the back-office
 * page route (session), so both print exactly the same document.
 */
import { signPdf } from '../../../platform/crypto/signing/index.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { t, type MessageKey } from '../../../platform/i18n/index.ts';
import { findVisibleDossier, readDossier, readDossierActions, readDossierComponents, readDossierSupplements } from '../../dossiers/index.ts';
import type { Actor } from '../../identity/index.ts';
import type { DocumentDeps } from '../documents.deps.ts';
import { FORM_IDS, type FormId } from '../forms/form-catalog.ts';
import { renderForm } from '../forms/index.ts';
import { buildDossierForm, type FormContext } from '../printing/dossier-forms.ts';

export type DossierFormId = Exclude<FormId, 'trackingBook'>;
export const DOSSIER_FORMS = FORM_IDS.filter((f): f is DossierFormId => f !== 'trackingBook');

export async function signedFormPdf(deps: DocumentDeps, pdf: Buffer, who: { id: string; name: string }, agencyName: string, reason: string, at: Date): Promise<Buffer> {
  const signer = await deps.signers.signerFor({ kind: 'officer', key: who.id, commonName: who.name, organisation: agencyName });
  return signPdf(pdf, signer, { name: who.name, reason, location: agencyName, signedAt: at });
}

export function formContext(deps: DocumentDeps, agencies: FormContext['agencies']): FormContext {
  return { regulation: deps.config.formRegulation, publicUrl: deps.config.publicUrl, agencies, now: deps.clock.now(), contactPhone: deps.config.hotline };
}

/** Renders, signs and audits the form; an unknown form name or an invisible dossier is 404. */
export async function dossierFormPdf(deps: DocumentDeps, actor: Actor, idOrCode: string, formName: string, requestId?: string): Promise<{ pdf: Buffer; fileName: string }> {
  const form = formName.replace(/\.pdf$/, '') as DossierFormId;
  if (!DOSSIER_FORMS.includes(form)) throw new NotFoundError('documents.unknownForm', { form: formName, forms: DOSSIER_FORMS.join(', ') });
  const { id } = await findVisibleDossier(deps.dossiers, actor, idOrCode);
  const db = deps.db;
  const dossier = (await readDossier(db, id))!;
  const [version, actions, components, supplements, agencies] = await Promise.all([
    deps.procedures.versionById(db, dossier.procedureVersionId),
    readDossierActions(db, id),
    readDossierComponents(db, id),
    readDossierSupplements(db, id),
    deps.agencies.current(),
  ]);
  const deskName = dossier.receivingDeskId ? agencies.desk(dossier.receivingDeskId)?.name : undefined;
  const ctx = formContext(deps, agencies);
  const built = buildDossierForm(form, ctx, { dossier, version: version!, actions, components, supplements, deskName }, actor);
  const who = built.author && built.author.kind === 'officer' ? built.author : actor;
  const reason = t('vi', 'documents.signReason.form', { form: t('vi', `documents.formName.${form}` as MessageKey), code: dossier.code ?? '' });
  const pdf = await signedFormPdf(deps, await renderForm(built.view), who, built.view.agency.name, reason, ctx.now);
  await deps.audit.record(db, { actor, at: ctx.now, requestId }, [{ action: 'dossier.form_printed', entityType: 'dossier', entityId: id, payload: { form } }]);
  return { pdf, fileName: `${form}-${dossier.code}.pdf` };
}
