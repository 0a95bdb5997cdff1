/**
 * Officer passwords: argon2id (memory-hard), with the library's defaults
 * (19 MiB, 2 passes — the OWASP baseline). A dummy hash is verified for unknown
 * usernames so that timing does not reveal which accounts exist.
 */
import { hash, verify } from '@node-rs/argon2';

export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
export async function burnVerification(password: string): Promise<void> {
  dummy ??= hash('motcua-dummy-password-1');
  await verifyPassword(await dummy, password);
}

export function isStrongEnough(password: string): boolean {
  return password.length >= 10 && password.length <= 200 && /[A-Za-z]/.test(password) && /\d/.test(password);
}
