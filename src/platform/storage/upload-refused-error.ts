/** An upload the system will not keep: 413 when too large, 422 otherwise; the key says why. */
import { AppError } from '../errors.ts';
import type { MessageKey } from '../i18n/index.ts';

export class UploadRefusedError extends AppError {
  constructor(key: MessageKey, params: Record<string, string | number> = {}, status: 413 | 422 = 422) {
    super(status, key, params);
  }
}
