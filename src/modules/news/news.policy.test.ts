// Who writes the portal's guides and news: administrators and supervisors; the demo articles only the system.
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../platform/errors.ts';
import { systemActor, type Actor, type GrantRole } from '../identity/index.ts';
import { authorize } from './news.policy.ts';

const withRole = (role: GrantRole, agencies = ['province']): Actor => ({ kind: 'officer', id: role, name: role, grants: [], scope: new Map([[role, new Set(agencies)]]) });
const ID = '11111111-1111-4111-8111-111111111111';

describe('news policy', () => {
  it('lets administrators and supervisors write, edit and publish articles', () => {
    expect(() => authorize(withRole('ADMIN', ['ward']), 'article.edit', ID)).not.toThrow();
    expect(() => authorize(withRole('SUPERVISOR'), 'article.edit', ID)).not.toThrow();
  });

  it('refuses other officers (and empty scopes), and seeding by anyone but the system', () => {
    expect(() => authorize(withRole('DESK_OFFICER'), 'article.edit', ID)).toThrow(ForbiddenError);
    expect(() => authorize(withRole('ADMIN', []), 'article.edit', ID)).toThrow(ForbiddenError);
    expect(() => authorize(withRole('ADMIN'), 'news.seed', null)).toThrow(ForbiddenError);
    expect(() => authorize(systemActor, 'news.seed', null)).not.toThrow();
  });

  it('refuses a permission it does not know', () => {
    expect(() => authorize(withRole('ADMIN'), 'article.delete' as never, ID as never)).toThrow(ForbiddenError);
  });
});
