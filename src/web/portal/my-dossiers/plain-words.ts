/** Small plain-language pieces shared by the my-dossiers pages: dates, status tags, procedure names. */
import { t, type Locale, type MessageKey } from '../../../platform/i18n/index.ts';
import { vnDate, vnDateTime } from '../../../platform/pdf/vn-dates.ts';
import { html, type Html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';

export const when = (d: Date | null | undefined): string => (d ? vnDateTime(d) : '—');
export const day = (d: Date | null | undefined): string => (d ? vnDate(d) : '—');

/** States in which the dossier waits for the applicant to supplement it. */
export const WAITING_FOR_APPLICANT = new Set(['SUPPLEMENT_REQUESTED', 'INTAKE_SUPPLEMENT']);

const tone: Record<string, string> = { RETURNED: 'ok', RESULT_READY: 'ok', REJECTED_AT_INTAKE: 'bad', WITHDRAWN: 'grey', STOPPED: 'grey' };

/** The status in words, as a tag whose colour only repeats what the words say. */
export function statusTag(locale: Locale, state: string): Html {
  const cls = WAITING_FOR_APPLICANT.has(state) ? 'warn' : (tone[state] ?? 'grey');
  return html`<span class="tag ${cls}">${t(locale, `state.${state}` as MessageKey)}</span>`;
}

/** Procedure names by version id, loaded once per page. */
export async function procedureNames(deps: WebDeps, versionIds: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(versionIds)) {
    const v = await deps.services.procedures.versionById(deps.db, id);
    if (v) names.set(id, v.procedure.name);
  }
  return names;
}
