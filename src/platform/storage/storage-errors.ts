/** Errors of the file store that can reach HTTP: a missing file (404) and an impossible byte range (416). */
import { AppError, NotFoundError } from '../errors.ts';

export class StoredFileNotFoundError extends NotFoundError {
  constructor(sha256: string) {
    super('storage.fileNotFound', { sha256 });
  }
}

export class RangeNotSatisfiableError extends AppError {
  constructor(size: number) {
    super(416, 'storage.rangeNotSatisfiable', { size });
  }
}
