/** An administrator (or the CLI) creates an officer account with its scoped roles. */
import type { Executor } from '../../../platform/db/database.ts';
import { ConflictError, ValidationError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { AgencySnapshot } from '../../agencies/index.ts';
import { findOfficerByUsername, insertGrants, insertOfficer } from '../identity.repo.ts';
import type { CreateOfficerInput } from '../identity.schemas.ts';
import { hashPassword, isStrongEnough } from '../password.ts';
import { resolveGrants } from './resolve-grants.ts';

export async function createOfficer(
  tx: Executor,
  agencies: AgencySnapshot,
  input: CreateOfficerInput,
  grantedBy: string,
  now: Date,
): Promise<{ id: string; username: string }> {
  if (!isStrongEnough(input.password)) throw new ValidationError([{ path: ['password'], key: 'auth.weakPassword' }]);
  if (await findOfficerByUsername(tx, input.username)) {
    throw new ConflictError('identity.usernameTaken', { username: input.username });
  }
  const id = newId();
  const grants = resolveGrants(input.grants, agencies, { officerId: id }, grantedBy, now);
  await insertOfficer(tx, {
    id,
    username: input.username,
    fullName: input.fullName,
    title: input.title ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    passwordHash: await hashPassword(input.password),
  });
  await insertGrants(tx, grants);
  return { id, username: input.username };
}
