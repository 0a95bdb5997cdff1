/** What an upload may be, and what an accepted upload became. */
import type { FileKind } from './file-kind.ts';

export interface UploadPolicy {
  allowed: readonly FileKind[];
  maxBytes: number;
  /** Pages of a PDF or frames of a TIFF; no limit when absent (a TIFF is still capped, see receive-upload.ts). */
  maxPages?: number;
  /** Decoded size limit against decompression bombs; DEFAULT_MAX_IMAGE_PIXELS when absent. */
  maxImagePixels?: number;
}

// 50 megapixels holds an A4 page scanned at 600 dpi (35 MP) or a 48 MP phone photo, and
// decodes in about 150 MB; a bomb that claims 1 gigapixel is stopped before decoding.
export const DEFAULT_MAX_IMAGE_PIXELS = 50_000_000;

// Frozen: it is shared by every caller, and a caller "adjusting" it would change it for all.
export const DEFAULT_UPLOAD_POLICY: UploadPolicy = Object.freeze({
  allowed: Object.freeze(['pdf', 'jpeg', 'png', 'tiff'] as const),
  maxBytes: 20 * 1024 * 1024,
});

export interface AcceptedFile {
  sha256: string;
  size: number;
  /** The kind that was stored; a TIFF is stored as a PDF (see normalise-image.ts). */
  kind: FileKind;
  contentType: string;
  /** Sanitised original name, its extension matching the stored kind. */
  fileName: string;
  pages: number | null;
  /** True when the stored bytes were re-encoded (images), not the bytes received. */
  normalised: boolean;
  width?: number;
  height?: number;
}
