/** The overview's address and the names of its measures. */
import type { OverviewMeasure } from '../../../modules/dossiers/index.ts';
import { t, type Locale, type MessageKey } from '../../../platform/i18n/index.ts';

export const OVERVIEW = '/can-bo/tong-quan';

export const measureLabel = (locale: Locale, m: OverviewMeasure): string => t(locale, `officeAdmin.overview.${m}` as MessageKey);
