import { describe, expect, it } from 'vitest';
import { vnDate, vnDateTime, vnPlaceDate } from './vn-dates.ts';

describe('Vietnamese document dates (Asia/Ho_Chi_Minh, whatever the host TZ)', () => {
  it('prints hh:mm dd/mm/yyyy in UTC+7', () => {
    expect(process.env.TZ).toBe('UTC'); // the config runs tests in UTC, so a host-TZ bug would show
    expect(vnDateTime(new Date('2026-03-02T02:15:00Z'))).toBe('09:15 02/03/2026');
  });

  it('moves to the next local day after 17:00 UTC', () => {
    expect(vnDateTime(new Date('2026-02-28T17:30:00Z'))).toBe('00:30 01/03/2026');
    expect(vnDate(new Date('2025-12-31T16:59:00Z'))).toBe('31/12/2025');
    expect(vnDate(new Date('2025-12-31T17:00:00Z'))).toBe('01/01/2026');
  });

  it('writes the place-and-date line with leading zeros for days below 10 and months 1–2 only (Decree 30/2020)', () => {
    expect(vnPlaceDate('Gia Lai', new Date('2026-03-02T02:15:00Z'))).toBe('Gia Lai, ngày 02 tháng 3 năm 2026');
    expect(vnPlaceDate('Gia Lai', new Date('2026-02-05T02:00:00Z'))).toBe('Gia Lai, ngày 05 tháng 02 năm 2026');
    expect(vnPlaceDate('Hà Nội', new Date('2026-01-20T02:00:00Z'))).toBe('Hà Nội, ngày 20 tháng 01 năm 2026');
    expect(vnPlaceDate('Gia Lai', new Date('2026-12-19T18:00:00Z'))).toBe('Gia Lai, ngày 20 tháng 12 năm 2026');
  });
});
