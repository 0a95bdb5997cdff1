/** A back-office page in the shared shell: navigation by the officer's roles, name and sign-out. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { t, type MessageKey } from '../../platform/i18n/index.ts';
import type { GrantRole } from '../../modules/identity/index.ts';
import type { NavItem, PageShell } from '../layout/page.ts';
import type { WebDeps } from '../web-deps.ts';
import { pageLocale, sendPage } from '../web-page.ts';
import type { Officer } from './officer-session.ts';

export type BackofficeSection = 'queues' | 'intake' | 'tracking-book' | 'overview' | 'news' | 'admin';

export type BackofficePage = Omit<PageShell, 'area' | 'nav' | 'user' | 'signOut' | 'locale'> & { section?: BackofficeSection };

const sections: { section: BackofficeSection; href: string; key: MessageKey; roles: GrantRole[] | 'any' }[] = [
  { section: 'queues', href: '/can-bo', key: 'backoffice.nav.queues', roles: 'any' },
  { section: 'intake', href: '/can-bo/tiep-nhan', key: 'backoffice.nav.intake', roles: ['DESK_OFFICER', 'POSTAL_AGENT'] },
  { section: 'tracking-book', href: '/can-bo/so-theo-doi', key: 'backoffice.nav.trackingBook', roles: ['DESK_OFFICER', 'SUPERVISOR', 'LEADER'] },
  { section: 'overview', href: '/can-bo/tong-quan', key: 'backoffice.nav.overview', roles: ['LEADER', 'DEPARTMENT_HEAD', 'SUPERVISOR'] },
  { section: 'news', href: '/can-bo/quan-tri/tin-tuc', key: 'backoffice.nav.news', roles: ['ADMIN', 'SUPERVISOR'] },
  { section: 'admin', href: '/can-bo/quan-tri', key: 'backoffice.nav.admin', roles: ['ADMIN'] },
];

/** The sections this officer may open: navigation shows exactly these. */
export function officerSections(officer: Officer): BackofficeSection[] {
  return sections.filter((s) => s.roles === 'any' || s.roles.some((r) => (officer.actor.scope.get(r)?.size ?? 0) > 0)).map((s) => s.section);
}

export function sendOfficerPage(request: FastifyRequest, reply: FastifyReply, officer: Officer, page: BackofficePage, status = 200, _deps?: WebDeps): FastifyReply {
  const locale = pageLocale(request);
  const allowed = new Set(officerSections(officer));
  const nav: NavItem[] = sections.filter((s) => allowed.has(s.section)).map((s) => ({ href: s.href, label: t(locale, s.key), current: page.section === s.section }));
  const roles = [...officer.actor.scope.keys()].map((r) => t(locale, `role.${r}` as MessageKey)).join(', ');
  return sendPage(reply, { ...page, area: 'backoffice', locale, nav, user: { name: officer.fullName, detail: roles }, signOut: { action: '/can-bo/dang-xuat', csrf: officer.session.csrf } }, status);
}
