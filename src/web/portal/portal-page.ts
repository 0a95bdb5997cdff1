/** A portal page in the shared shell: the portal's navigation, and the signed-in person with sign-out. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { t } from '../../platform/i18n/index.ts';
import type { PageShell } from '../layout/page.ts';
import type { WebDeps } from '../web-deps.ts';
import { pageLocale, sendPage } from '../web-page.ts';
import { unreadCount } from '../../modules/notifications/index.ts';
import { currentCitizen, ownerKeys, type Citizen } from './citizen-session.ts';

export type PortalPage = Omit<PageShell, 'area' | 'nav' | 'user' | 'signOut' | 'locale'> & {
  /** Which top-level section is current (for aria-current). */
  section?: 'home' | 'procedures' | 'lookup' | 'my-dossiers' | 'notifications' | 'warehouse' | 'news';
};

export async function sendPortalPage(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, page: PortalPage, status = 200, known?: Citizen): Promise<FastifyReply> {
  const locale = pageLocale(request);
  const citizen = known ?? (await currentCitizen(deps, request));
  const unread = citizen ? await unreadCount(deps.db, ownerKeys(citizen)) : 0;
  const item = (section: PortalPage['section'], href: string, key: Parameters<typeof t>[1]) => ({ href, label: t(locale, key), current: page.section === section });
  const nav = [
    item('procedures', '/thu-tuc', 'portal.nav.procedures'),
    item('lookup', '/tra-cuu', 'portal.nav.lookup'),
    item('news', '/tin-tuc', 'portal.nav.news'),
    ...(citizen
      ? [
          item('my-dossiers', '/ho-so-cua-toi', 'portal.nav.myDossiers'),
          // The unread count sits beside the inbox link, so a citizen sees news from any page.
          { ...item('notifications', '/thong-bao', 'portal.nav.notifications'), ...(unread > 0 ? { count: unread } : {}) },
          item('warehouse', '/kho-du-lieu', 'portal.nav.warehouse'),
        ]
      : [item(undefined, `/dang-nhap?next=${encodeURIComponent(request.url)}`, 'portal.nav.signIn')]),
  ];
  const shell: PageShell = {
    // Every portal page names its one address; the query string (filters, paging, a return address) is not part of it.
    canonical: `${deps.config.publicUrl}${request.url.split('?')[0]}`,
    ...page,
    area: 'portal',
    locale,
    nav,
    ...(citizen
      ? {
          user: { name: citizen.data.fullName, ...(citizen.organisation ? { detail: t(locale, 'portal.actingFor', { name: citizen.organisation.name }) } : {}) },
          signOut: { action: '/dang-xuat', csrf: citizen.session.csrf },
        }
      : {}),
  };
  return sendPage(reply, shell, status);
}
