/**
 * OCR failures the officer can act on: the scan is kept and the component stays usable with
 * metadata typed by hand, so these are 422 (the input cannot be read), never a 500.
 */
import { AppError } from '../errors.ts';

export type OcrErrorKey = 'ocr.unreadableImage' | 'ocr.unreadablePdf' | 'ocr.engineFailed';

export class OcrError extends AppError {
  constructor(key: OcrErrorKey, params: Record<string, string | number> = {}, cause?: unknown) {
    super(422, key, params);
    // The library's own message goes to the logs through `cause`, never into the HTTP details.
    if (cause !== undefined) this.cause = cause;
  }
}
