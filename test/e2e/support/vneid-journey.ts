// Signing in to the portal in Chromium the way a person does: the sign-in page, the simulated VNeID's
// account choice, back to the portal, and (for someone who represents organisations) the choice of
// whom to act for. The app must be served with `startVneid().env` (test/support/vneid.ts) so its
// issuer is the simulator; serveApp already makes MOTCUA_PUBLIC_URL the served URL.
import type { Page } from 'playwright-core';
import { expectAccessible } from './browser.ts';

export { DEMO_AUTHORISED_ID, DEMO_CITIZEN_ID, DEMO_COMPANY_TAX_CODE, DEMO_COOPERATIVE_TAX_CODE, DEMO_REPRESENTATIVE_ID } from '../../support/vneid.ts';

export interface VneidJourneyOptions {
  /** Tax code of the organisation to act for; default: act for yourself. */
  actFor?: string;
  /** Where to land afterwards (the portal's `next`); default /ho-so-cua-toi. */
  next?: string;
  /** Run axe-core on every page passed through (default true). */
  checkAccessibility?: boolean;
}

export async function signInThroughVneid(page: Page, personalId: string, options: VneidJourneyOptions = {}): Promise<void> {
  const check = options.checkAccessibility !== false ? () => expectAccessible(page) : async () => undefined;
  await page.goto(`/dang-nhap${options.next ? `?next=${encodeURIComponent(options.next)}` : ''}`);
  await check();
  await page.locator('a[href^="/dang-nhap/vneid"]').first().click();
  await page.waitForURL((url) => url.pathname === '/authorize');
  await check();
  await page.locator(`button[name="account"][value="${personalId}"]`).click();
  await page.waitForURL((url) => url.pathname !== '/authorize');
  if (new URL(page.url()).pathname === '/tai-khoan/dai-dien') {
    await check();
    await page.locator(`input[name="actingFor"][value="${options.actFor ?? 'self'}"]`).check();
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname !== '/tai-khoan/dai-dien');
  } else if (options.actFor) {
    throw new Error(`${personalId} was not offered a choice of organisation (landed on ${page.url()})`);
  }
}
