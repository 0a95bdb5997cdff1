/** Display helpers of the dossier page: instants already in +07:00 shown as "HH:mm dd/MM/yyyy". */
import { t, type Locale, type MessageKey } from '../../../platform/i18n/index.ts';

export function when(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return m ? `${m[4]}:${m[5]} ${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Working hours as days and hours, a day being the agency's working day (`dayHours`, e.g. 7.5). */
export function hours(locale: Locale, h: number, dayHours: number): string {
  const abs = Math.abs(h);
  const days = Math.floor(abs / dayHours);
  const rest = Math.round((abs - days * dayHours) * 10) / 10;
  return days > 0 ? t(locale, 'officeDossier.time.daysHours', { days, hours: rest }) : t(locale, 'officeDossier.time.hours', { hours: rest });
}


/** A label from the area catalogue, or the raw code when the catalogue has no word for it. */
export function word(locale: Locale, prefix: string, code: string | null | undefined): string {
  if (!code) return '—';
  const key = `${prefix}.${code}` as MessageKey;
  const text = t(locale, key);
  return text === key ? code : text;
}
