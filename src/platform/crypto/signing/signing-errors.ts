/**
 * Errors of the signing area. Each carries its own message key so the HTTP edge can tell a
 * citizen exactly what is wrong with the file they brought (422), and an officer why a remote
 * signing service failed (502/503), without leaking internals.
 */
import { AppError, UnprocessableError } from '../../errors.ts';
import type { MessageKey } from '../../i18n/index.ts';

/** A file or key the caller supplied cannot be used: not a PDF, a broken signature, a bad .p12. */
export class SignatureInputError extends UnprocessableError {
  constructor(key: MessageKey, params: Record<string, string | number> = {}) {
    super(key, [], params);
  }
}

/** The remote signing service refused, failed or answered outside the protocol. */
export class RemoteSignerError extends AppError {
  constructor(key: MessageKey, params: Record<string, string | number> = {}, status = 502) {
    super(status, key, params);
  }
}
