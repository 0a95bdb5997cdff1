/**
 * Form pieces in one accessible pattern: a label, an optional hint, the error
 * next to the field (linked by aria-describedby), and an error summary at the
 * top that links to each field. Values the person typed are always put back.
 */
import { html, type Html, type HtmlPart } from '../html.ts';
import { t, type Locale } from '../../platform/i18n/index.ts';

/** Messages per field name; the summary lists them in this order. */
export type FieldErrors = Record<string, string>;

export const fieldId = (name: string): string => `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export function errorSummary(locale: Locale, errors: FieldErrors): Html {
  const entries = Object.entries(errors);
  if (entries.length === 0) return html``;
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
<h2 id="error-summary-title">${t(locale, 'web.errorSummary')}</h2>
<ul>${entries.map(([name, message]) => html`<li><a href="#${fieldId(name)}">${message}</a></li>`)}</ul></div>`;
}

export function csrfField(token: string): Html {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}

interface FieldBase {
  name: string;
  label: HtmlPart;
  hint?: HtmlPart;
  error?: string | undefined;
  required?: boolean;
}

function describedBy(f: FieldBase): string {
  const id = fieldId(f.name);
  return [f.hint ? `${id}-hint` : '', f.error ? `${id}-error` : ''].filter(Boolean).join(' ');
}

function wrap(f: FieldBase, control: Html, labelFor = true): Html {
  const id = fieldId(f.name);
  return html`<div class="field${f.error ? ' has-error' : ''}">
${labelFor ? html`<label for="${id}">${f.label}</label>` : html`<span class="label">${f.label}</span>`}
${f.hint ? html`<span class="hint" id="${id}-hint">${f.hint}</span>` : ''}
${f.error ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${t('vi', 'web.errorPrefix')}</span>${f.error}</span>` : ''}
${control}</div>`;
}

function aria(f: FieldBase): Html {
  const d = describedBy(f);
  return html`${d ? html` aria-describedby="${d}"` : ''}${f.error ? html` aria-invalid="true"` : ''}${f.required ? html` required` : ''}`;
}

export interface TextInput extends FieldBase {
  value?: string | number | undefined;
  type?: 'text' | 'email' | 'tel' | 'date' | 'number' | 'password' | 'search';
  autocomplete?: string;
  inputmode?: 'numeric' | 'tel' | 'email' | 'text';
  short?: boolean;
  maxlength?: number;
  list?: string;
}

export function textInput(f: TextInput): Html {
  const control = html`<input id="${fieldId(f.name)}" name="${f.name}" type="${f.type ?? 'text'}" value="${f.value ?? ''}"${f.short ? html` class="short"` : ''}${
    f.autocomplete ? html` autocomplete="${f.autocomplete}"` : ''
  }${f.inputmode ? html` inputmode="${f.inputmode}"` : ''}${f.maxlength ? html` maxlength="${f.maxlength}"` : ''}${f.list ? html` list="${f.list}"` : ''}${aria(f)}>`;
  return wrap(f, control);
}

export function textArea(f: FieldBase & { value?: string | undefined; rows?: number }): Html {
  return wrap(f, html`<textarea id="${fieldId(f.name)}" name="${f.name}" rows="${f.rows ?? 4}"${aria(f)}>${f.value ?? ''}</textarea>`);
}

export interface Option {
  value: string;
  label: HtmlPart;
  hint?: HtmlPart;
}

/** Options after the plain ones, under an <optgroup> label; an empty group is left out. */
export interface OptionGroup {
  label: string;
  options: Option[];
}

export function select(f: FieldBase & { options: Option[]; groups?: OptionGroup[]; value?: string | undefined; placeholder?: string }): Html {
  const option = (o: Option) => html`<option value="${o.value}"${o.value === f.value ? html` selected` : ''}>${o.label}</option>`;
  return wrap(
    f,
    html`<select id="${fieldId(f.name)}" name="${f.name}"${aria(f)}>${f.placeholder !== undefined ? html`<option value="">${f.placeholder}</option>` : ''}${f.options.map(option)}${(f.groups ?? [])
      .filter((g) => g.options.length > 0)
      .map((g) => html`<optgroup label="${g.label}">${g.options.map(option)}</optgroup>`)}</select>`,
  );
}

/** Radios or checkboxes in a fieldset; the first control carries the field id so the summary link lands on it. */
export function choices(f: FieldBase & { options: Option[]; value?: string | string[] | undefined; multiple?: boolean }): Html {
  const id = fieldId(f.name);
  const selected = new Set(Array.isArray(f.value) ? f.value : f.value !== undefined ? [f.value] : []);
  const d = describedBy(f);
  return html`<div class="field${f.error ? ' has-error' : ''}"><fieldset${d ? html` aria-describedby="${d}"` : ''}>
<legend>${f.label}</legend>
${f.hint ? html`<span class="hint" id="${id}-hint">${f.hint}</span>` : ''}
${f.error ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${t('vi', 'web.errorPrefix')}</span>${f.error}</span>` : ''}
${f.options.map((o, i) => {
  const oid = i === 0 ? id : `${id}-${i}`;
  return html`<div class="choice"><input id="${oid}" type="${f.multiple ? 'checkbox' : 'radio'}" name="${f.name}" value="${o.value}"${selected.has(o.value) ? html` checked` : ''}${
    o.hint ? html` aria-describedby="${oid}-hint"` : ''
  }><label for="${oid}">${o.label}${o.hint ? html`<span class="hint" id="${oid}-hint">${o.hint}</span>` : ''}</label></div>`;
})}</fieldset></div>`;
}

export function fileInput(f: FieldBase & { accept?: string }): Html {
  return wrap(f, html`<input id="${fieldId(f.name)}" name="${f.name}" type="file"${f.accept ? html` accept="${f.accept}"` : ''}${aria(f)}>`);
}

export function button(label: HtmlPart, opts: { kind?: 'primary' | 'secondary' | 'warning'; name?: string; value?: string } = {}): Html {
  return html`<button type="submit"${opts.kind && opts.kind !== 'primary' ? html` class="${opts.kind}"` : ''}${opts.name ? html` name="${opts.name}" value="${opts.value ?? ''}"` : ''}>${label}</button>`;
}

/** A POST form with its CSRF field; `multipart` for uploads. */
export function postForm(action: string, csrf: string, body: HtmlPart, opts: { multipart?: boolean; autosave?: string; novalidate?: boolean } = {}): Html {
  // An upload's token rides in the action URL: the guard checks it before the streamed body is read (web/guards.ts).
  const target = opts.multipart ? `${action}${action.includes('?') ? '&' : '?'}_csrf=${encodeURIComponent(csrf)}` : action;
  return html`<form method="post" action="${target}"${opts.multipart ? html` enctype="multipart/form-data"` : ''}${opts.autosave ? html` data-autosave="${opts.autosave}"` : ''}${
    opts.novalidate === false ? '' : html` novalidate`
  }>${csrfField(csrf)}${body}</form>`;
}
