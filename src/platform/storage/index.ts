/** File storage and safe uploads: the surface other parts of motcua import. */
export type { ByteRange, FileStore } from './file-store.ts';
export { createLocalFileStore } from './local-file-store.ts';
export { createS3FileStore, type S3FileStoreOptions } from './s3-file-store.ts';
export { StoredFileNotFoundError, RangeNotSatisfiableError } from './storage-errors.ts';
export { CONTENT_TYPES, KIND_EXTENSIONS, type FileKind } from './file-kind.ts';
export {
  DEFAULT_MAX_IMAGE_PIXELS,
  DEFAULT_UPLOAD_POLICY,
  type AcceptedFile,
  type UploadPolicy,
} from './upload-policy.ts';
export { UploadRefusedError } from './upload-refused-error.ts';
export { receiveUpload } from './receive-upload.ts';
export { contentDisposition } from './content-disposition.ts';
export { sanitiseFileName } from './sanitise-file-name.ts';
