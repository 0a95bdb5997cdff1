/**
 * The declaration (tờ khai) on the officer's dossier page, and what the latest
 * supplement changed: the answers and papers it brought carry a "Mới bổ sung"
 * text tag (not a colour alone), so the officer reads only what is new
 * (DOMAIN §16.3).
 */
import { visibleFields, type FormField } from '../../../modules/catalog/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { html, type Html } from '../../html.ts';
import type { DossierPageData, SupplementCompletion } from './dossier-data.ts';
import { when } from './format.ts';

/** The answers the applicant was asked, given the answers stored. */
export function declarationFields(data: DossierPageData): FormField[] {
  return data.eform ? visibleFields(data.eform, data.view.formData) : [];
}

export function fieldLabel(locale: Locale, field: Pick<FormField, 'label' | 'labelEn'>): string {
  return locale === 'en' && field.labelEn ? field.labelEn : field.label;
}

export function supplementedTag(locale: Locale): Html {
  return html`<span class="tag warn">${t(locale, 'officeDossier.tag.supplemented')}</span>`;
}

/** A component code the latest supplement completion handed in. */
export function newlyProvided(data: DossierPageData, code: string): boolean {
  return data.latestCompletion?.componentsProvided.includes(code) ?? false;
}

export function declarationSection(locale: Locale, data: DossierPageData): Html | string {
  const fields = declarationFields(data);
  if (fields.length === 0) return '';
  const latest = data.latestCompletion;
  const changed = new Set(latest?.changedFields ?? []);
  const answers = data.view.formData;
  return html`<section aria-labelledby="s-declaration"><h2 id="s-declaration">${t(locale, 'officeDossier.section.declaration')}</h2>
${latest ? html`<p>${changeLine(locale, latest)}</p>` : ''}
<dl class="summary">${fields.map((f) => html`<dt>${fieldLabel(locale, f)}</dt><dd>${answer(locale, f, answers[f.name])}${changed.has(f.name) ? html` ${supplementedTag(locale)}` : ''}</dd>`)}</dl></section>`;
}

function changeLine(locale: Locale, c: SupplementCompletion): string {
  const at = when(c.at);
  if (c.changedFields.length === 0) return c.round !== null ? t(locale, 'officeDossier.declaration.unchangedRound', { round: c.round, at }) : t(locale, 'officeDossier.declaration.unchanged', { at });
  return c.round !== null ? t(locale, 'officeDossier.declaration.changedRound', { round: c.round, at }) : t(locale, 'officeDossier.declaration.changed', { at });
}

function answer(locale: Locale, f: FormField, value: unknown): string {
  if (f.type === 'checkbox') return t(locale, value === true ? 'officeDossier.yes' : 'officeDossier.no');
  if (value === undefined || value === null || value === '') return '—';
  if (f.type === 'select') return f.options?.find((o) => o.value === value)?.label ?? String(value);
  if (f.type === 'date' && typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value as string | number | boolean);
}

/** The timeline's lines for a supplement completion: the papers handed in (names) and the answers changed (labels). */
export function completionLines(locale: Locale, data: DossierPageData, seq: number): Html | string {
  const c = data.completions.get(seq);
  if (!c) return '';
  const names = new Map(data.view.components.map((k) => [k.code, k.name]));
  const labels = new Map((data.eform?.pages ?? []).flatMap((p) => p.fields).map((f) => [f.name, fieldLabel(locale, f)]));
  const papers = c.componentsProvided.map((code) => names.get(code) ?? code);
  const fields = c.changedFields.map((name) => labels.get(name) ?? name);
  return html`${papers.length ? html`<br>${t(locale, 'officeDossier.suppliedPapers')}: ${papers.join('; ')}` : ''}${fields.length ? html`<br>${t(locale, 'officeDossier.changedAnswers')}: ${fields.join('; ')}` : ''}`;
}
