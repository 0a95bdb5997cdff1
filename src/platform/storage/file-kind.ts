/**
 * The file types motcua accepts, and what each is called on the wire and on disk.
 * A kind is always decided from the content (see sniff-file-kind.ts), never from
 * the name or the declared type, which a sender controls.
 */
export type FileKind = 'pdf' | 'jpeg' | 'png' | 'tiff' | 'docx' | 'xlsx' | 'odt' | 'ods' | 'doc' | 'xls';

export const CONTENT_TYPES: Readonly<Record<FileKind, string>> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tiff: 'image/tiff',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
};

/** Accepted extensions per kind; the first is the one given to a file whose name does not fit. */
export const KIND_EXTENSIONS: Readonly<Record<FileKind, readonly string[]>> = {
  pdf: ['.pdf'],
  jpeg: ['.jpg', '.jpeg'],
  png: ['.png'],
  tiff: ['.tif', '.tiff'],
  docx: ['.docx'],
  xlsx: ['.xlsx'],
  odt: ['.odt'],
  ods: ['.ods'],
  doc: ['.doc'],
  xls: ['.xls'],
};

/** Format names as people know them; the same in Vietnamese and English. */
export function kindLabel(kind: FileKind): string {
  return kind.toUpperCase();
}

export function kindList(kinds: readonly FileKind[]): string {
  return kinds.map(kindLabel).join(', ');
}
