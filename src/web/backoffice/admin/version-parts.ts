/** Pieces the version page and its editors share: the breadcrumbs, and the workflow diagram's content as a table. */
import type { WorkflowDefinition } from '../../../modules/workflow/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { html } from '../../html.ts';
import type { Crumb } from '../../layout/page.ts';
import { adminUrl } from './admin-links.ts';
import type { LoadedAdminVersion } from './version-loader.ts';
import { transitions } from './workflow-diagram.ts';

export function versionCrumbs(locale: Locale, v: LoadedAdminVersion): Crumb[] {
  return [
    { href: adminUrl.home, label: t(locale, 'officeAdmin.index.title') },
    { href: adminUrl.procedures, label: t(locale, 'officeAdmin.procedures.title') },
    { href: adminUrl.procedure(v.code), label: v.code },
    { href: adminUrl.version(v.code, v.version), label: t(locale, 'officeAdmin.versions.label', { version: v.version }) },
  ];
}

/** The diagram's content as a table, for people who cannot see the picture. */
export function transitionTable(locale: Locale, def: WorkflowDefinition) {
  const names = new Map(def.steps.map((s) => [s.id, s.name]));
  return html`<table><caption>${t(locale, 'officeAdmin.workflow.tableCaption')}</caption>
<thead><tr><th scope="col">${t(locale, 'officeAdmin.workflow.from')}</th><th scope="col">${t(locale, 'officeAdmin.workflow.actions')}</th><th scope="col">${t(locale, 'officeAdmin.workflow.to')}</th></tr></thead>
<tbody>${transitions(def).map((e) => html`<tr><td>${names.get(e.from)}</td><td>${e.label}</td><td>${names.get(e.to)}</td></tr>`)}</tbody></table>`;
}
