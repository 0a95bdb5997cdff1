/**
 * The desk officer's confirmation of a digitised paper's metadata: each field
 * prefilled from the OCR proposal, with how sure the extractor was and the
 * words it read, so the officer checks the value against the scan; the owner
 * is two fields (type, id), empty meaning the dossier's owner.
 */
import { z } from 'zod';
import { foldVietnamese } from '../../../modules/catalog/index.ts';
import { ConfirmDigitisationInput, type getDossierDocuments } from '../../../modules/documents/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { button, postForm, select, textInput, type FieldErrors } from '../../components/forms.ts';
import type { FormValues } from '../../form-input.ts';
import { html, type Html } from '../../html.ts';

export interface PapersProblem {
  errors: FieldErrors;
  values?: FormValues;
  /** The digitisation whose confirmation form the values belong to. */
  digitisationId?: string;
}

type Documents = Awaited<ReturnType<typeof getDossierDocuments>>;
type Digitisation = Documents['digitisations'][number];

type Proposal = { value?: unknown; confidence?: unknown; source?: unknown } | undefined;
const proposalOf = (d: Digitisation, key: string): Proposal => ((d.proposal ?? {}) as Record<string, Proposal>)[key];

const proposalValue = (d: Digitisation, key: string): string => {
  const v = proposalOf(d, key)?.value;
  return typeof v === 'string' ? v : '';
};

/** OCR proposes the printed name ("Giấy chứng nhận đăng ký doanh nghiệp"); the field takes the type's slug. */
const slugOf = (name: string): string =>
  foldVietnamese(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-')
    .slice(0, 60)
    .replace(/-+$/, '');

/** How sure the extractor was and the words it read, so the officer can check the value against the scan. */
function proposalHint(locale: Locale, d: Digitisation, key: string): string | undefined {
  const p = proposalOf(d, key);
  if (typeof p?.confidence !== 'number' || typeof p.source !== 'string') return undefined;
  return t(locale, 'officeIntake.proposedFrom', { confidence: Math.round(p.confidence * 100), source: p.source });
}

/** The proposal names the owner as CCCD or MST; the warehouse keys owners by PERSONAL_ID or TAX_CODE. */
function proposedOwner(d: Digitisation): { idType: 'PERSONAL_ID' | 'TAX_CODE'; id: string } | undefined {
  const value = proposalOf(d, 'ownerId')?.value as { type?: unknown; value?: unknown } | undefined;
  if (typeof value?.value !== 'string') return undefined;
  return { idType: value.type === 'MST' ? 'TAX_CODE' : 'PERSONAL_ID', id: value.value };
}

function ownerFields(locale: Locale, d: Digitisation, v: (name: string, fallback: string) => string, err: (name: string) => string | undefined): Html {
  const owner = proposedOwner(d);
  const hint = [t(locale, 'officeIntake.ownerIdHint'), proposalHint(locale, d, 'ownerId')].filter(Boolean).join(' ');
  return html`${select({
    name: 'ownerIdType',
    label: t(locale, 'officeIntake.ownerIdType'),
    value: v('ownerIdType', owner?.idType ?? 'PERSONAL_ID'),
    error: err('ownerIdType'),
    options: (['PERSONAL_ID', 'TAX_CODE'] as const).map((k) => ({ value: k, label: t(locale, `ownerId.${k}`) })),
  })}${textInput({ name: 'ownerId', label: t(locale, 'officeIntake.ownerId'), value: v('ownerId', owner?.id ?? ''), error: err('ownerId'), hint })}`;
}

/** The confirmation form flattens the owner into two fields; an empty id means the dossier's owner. */
export const ConfirmForm = ConfirmDigitisationInput.omit({ owner: true }).extend({
  ownerIdType: z.enum(['PERSONAL_ID', 'TAX_CODE']).optional(),
  ownerId: z.string().trim().min(1).max(20).optional(),
});

export function confirmInput(form: z.infer<typeof ConfirmForm>): ConfirmDigitisationInput {
  const { ownerIdType, ownerId, ...rest } = form;
  return ownerId ? { ...rest, owner: { idType: ownerIdType ?? 'PERSONAL_ID', id: ownerId } } : rest;
}

export function confirmForm(locale: Locale, draftId: string, csrf: string, d: Digitisation, componentName: string, problem: PapersProblem): Html {
  const mine = problem.digitisationId === d.id;
  const v = (name: string, fallback: string) => (mine && typeof problem.values?.[name] === 'string' ? (problem.values[name] as string) : fallback);
  const err = (name: string) => (mine ? problem.errors[name] : undefined);
  const field = (name: string, key: Parameters<typeof t>[1], fallback: string, type: 'text' | 'date' = 'text') =>
    textInput({ name, label: t(locale, key), value: v(name, fallback), error: err(name), type, hint: proposalHint(locale, d, name) });
  return html`<details${mine ? html` open` : ''}><summary>${t(locale, 'officeIntake.confirmMetadata')}</summary>
${d.ocrFailure ? html`<p class="muted">${d.ocrFailure}</p>` : ''}
${d.status === 'OCR_PENDING' ? html`<p class="muted">${t(locale, 'officeIntake.ocrPending')}</p>` : ''}
${postForm(`/can-bo/tiep-nhan/${draftId}/so-hoa/${d.id}`, csrf, html`${field('documentType', 'officeIntake.docType', slugOf(proposalValue(d, 'documentType')) || 'giay-to')}
${field('title', 'officeIntake.docTitle', proposalValue(d, 'documentType') || componentName)}${field('documentNumber', 'officeIntake.docNumber', proposalValue(d, 'documentNumber'))}
${field('issuer', 'officeIntake.docIssuer', proposalValue(d, 'issuer'))}${field('issuedOn', 'officeIntake.docIssuedOn', proposalValue(d, 'issuedOn'), 'date')}
${field('validFrom', 'officeIntake.docValidFrom', proposalValue(d, 'validFrom'), 'date')}${field('validTo', 'officeIntake.docValidTo', proposalValue(d, 'validTo'), 'date')}
${ownerFields(locale, d, v, err)}
${button(t(locale, 'officeIntake.confirm'), { kind: 'secondary' })}`)}</details>`;
}
