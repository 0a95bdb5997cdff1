/** Set-up of the second factor: a secret is kept pending until the officer proves their app holds it. */
import type { SecretKeySource } from '../../../platform/crypto/secret-key.ts';
import { authorize } from '../identity.policy.ts';
import type { Ctx } from '../policy.ts';
import { findOfficerTotp, upsertPendingSecret, type OfficerTotpRow } from '../totp/totp.repo.ts';
import { openTotpSecret, sealTotpSecret } from '../totp/totp-secret.ts';
import { newTotpSecret } from '../totp/totp.ts';

export type TotpStatus = { enabled: true; since: Date } | { enabled: false; pendingSecret: string };

/** The signed-in officer's status; when not enabled, a pending secret (the same one on every visit until confirmed). */
export async function startTotpSetup(ctx: Ctx, input: { secretKey: SecretKeySource }): Promise<TotpStatus> {
  const officerId = ctx.actor.id;
  authorize(ctx.actor, 'officer.own', officerId);
  const key = input.secretKey;
  const row = await findOfficerTotp(ctx.tx, officerId);
  if (row?.enabledAt) return { enabled: true, since: row.enabledAt };
  const pending = pendingOf(row, officerId, key);
  if (pending) return { enabled: false, pendingSecret: pending };
  // No pending secret, or one that does not open (nothing can be confirmed with it): store a fresh one.
  const secret = newTotpSecret();
  await upsertPendingSecret(ctx.tx, officerId, sealTotpSecret(secret, officerId, key), ctx.now);
  // A concurrent first visit may have stored its own secret first: show whichever was kept.
  const kept = await findOfficerTotp(ctx.tx, officerId);
  return kept?.enabledAt ? { enabled: true, since: kept.enabledAt } : { enabled: false, pendingSecret: pendingOf(kept, officerId, key) ?? secret };
}

function pendingOf(row: OfficerTotpRow | undefined, officerId: string, key: SecretKeySource): string | undefined {
  return row ? openTotpSecret(row.secret, officerId, key)?.secret : undefined;
}
