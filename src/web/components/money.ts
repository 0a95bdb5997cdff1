/** Amounts of money as people read them: integer VND, grouped the Vietnamese way ("1.500.000 đồng"). */
import type { Locale } from '../../platform/i18n/index.ts';

export function money(locale: Locale, amount: number): string {
  return locale === 'en' ? `${new Intl.NumberFormat('en-GB').format(amount)} VND` : `${new Intl.NumberFormat('vi-VN').format(amount)} đồng`;
}
