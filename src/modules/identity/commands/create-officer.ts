/**
 * An administrator (or the CLI, or the demo data) creates an officer account
 * with its scoped roles. Administrators grant only inside their ADMIN subtree.
 */
import { ConflictError, ValidationError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { AgencyTree } from '../agency-tree.ts';
import { authorize } from '../identity.policy.ts';
import { findOfficerByUsername, insertGrants, insertOfficer } from '../identity.repo.ts';
import type { CreateOfficerInput } from '../identity.schemas.ts';
import { hashPassword, isStrongEnough } from '../password.ts';
import type { Ctx } from '../policy.ts';
import { resolveGrants } from '../resolve-grants.ts';

export async function createOfficer(ctx: Ctx, input: { agencies: AgencyTree; officer: CreateOfficerInput }): Promise<{ id: string; username: string }> {
  const o = input.officer;
  const id = newId();
  // Codes are resolved first: an unknown agency is the caller's typing (400), not a refusal.
  const grants = resolveGrants(o.grants, input.agencies, { officerId: id }, ctx.actor.id, ctx.now);
  authorize(ctx.actor, 'officer.create', grants.map((g) => g.agencyId));
  if (!isStrongEnough(o.password)) throw new ValidationError([{ path: ['password'], key: 'auth.weakPassword' }]);
  // A repeated submission meets the account the first one made: 409, nothing doubled.
  if (await findOfficerByUsername(ctx.tx, o.username)) throw new ConflictError('identity.usernameTaken', { username: o.username });
  await insertOfficer(ctx.tx, {
    id,
    username: o.username,
    fullName: o.fullName,
    title: o.title ?? null,
    email: o.email ?? null,
    phone: o.phone ?? null,
    passwordHash: await hashPassword(o.password),
  });
  await insertGrants(ctx.tx, grants);
  await ctx.audit([{ action: 'officer.create', entityType: 'officer', entityId: id, payload: { username: o.username, grants: o.grants } }]);
  return { id, username: o.username };
}
