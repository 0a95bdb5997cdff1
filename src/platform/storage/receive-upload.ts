/**
 * The one door for files sent by people: stream to a temporary file under a
 * size limit, decide the type from the content, refuse what could hurt an
 * officer's computer or the citizen's privacy, re-encode images, and only then
 * hand the bytes to the FileStore. Parsing whole files (PDF, office, TIFF)
 * happens in worker threads, so one hostile file cannot stall the server. Whatever happens, temporary files are gone
 * when this returns, and nothing refused ever reaches storage.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { CONTENT_TYPES, kindLabel, kindList, type FileKind } from './file-kind.ts';
import type { FileStore } from './file-store.ts';
import { hashFile } from './hash-file.ts';
import { normaliseImage } from './normalise-image.ts';
import { receiveToTemp } from './receive-to-temp.ts';
import { nameForKind, sanitiseFileName } from './sanitise-file-name.ts';
import { sniffFileKind } from './sniff-file-kind.ts';
import { DEFAULT_MAX_IMAGE_PIXELS, type AcceptedFile, type UploadPolicy } from './upload-policy.ts';
import { UploadRefusedError } from './upload-refused-error.ts';
import { checkOffice, checkPdf, tiffToPdfOffThread } from '../workers/upload-checks.ts';

const OFFICE_KINDS: readonly FileKind[] = ['docx', 'xlsx', 'odt', 'ods', 'doc', 'xls'];

/** What a checked file turned into: the bytes to store and what is known about them. */
interface Checked {
  path: string;
  sha256: string;
  size: number;
  kind: FileKind;
  pages: number | null;
  normalised: boolean;
  width?: number;
  height?: number;
}

export async function receiveUpload(
  input: { stream: Readable; fileName: string },
  policy: UploadPolicy,
  store: FileStore,
  tmpDir: string,
): Promise<AcceptedFile> {
  await fs.mkdir(tmpDir, { recursive: true });
  const id = randomUUID();
  const receivedPath = path.join(tmpDir, `upload-${id}.part`);
  const outputPath = path.join(tmpDir, `upload-${id}.out`);
  try {
    const received = await receiveToTemp(input.stream, receivedPath, policy.maxBytes);
    if (received.size === 0) throw new UploadRefusedError('upload.empty');
    const kind = await allowedKind(receivedPath, received.size, policy);
    const checked = await checkContent(kind, { path: receivedPath, ...received }, outputPath, policy);
    const contentType = CONTENT_TYPES[checked.kind];
    await store.putFile(checked.path, checked.sha256, checked.size, contentType);
    return {
      sha256: checked.sha256,
      size: checked.size,
      kind: checked.kind,
      contentType,
      fileName: nameForKind(sanitiseFileName(input.fileName), checked.kind),
      pages: checked.pages,
      normalised: checked.normalised,
      ...(checked.width !== undefined ? { width: checked.width } : {}),
      ...(checked.height !== undefined ? { height: checked.height } : {}),
    };
  } finally {
    await Promise.all([fs.rm(receivedPath, { force: true }), fs.rm(outputPath, { force: true })]);
  }
}

async function allowedKind(filePath: string, size: number, policy: UploadPolicy): Promise<FileKind> {
  const sniffed = await withFile(filePath, (file) => sniffFileKind(file, size));
  const allowed = kindList(policy.allowed);
  if (sniffed === null) throw new UploadRefusedError('upload.typeUnknown', { allowed });
  if (sniffed.kind === 'corrupt-office') {
    // A broken zip is only worth its own message where office files are expected at all.
    const officeExpected = policy.allowed.some((k) => OFFICE_KINDS.includes(k));
    throw new UploadRefusedError(officeExpected ? 'upload.officeCorrupt' : 'upload.typeUnknown', { allowed });
  }
  if (!policy.allowed.includes(sniffed.kind)) {
    throw new UploadRefusedError('upload.typeNotAllowed', { kind: kindLabel(sniffed.kind), allowed });
  }
  return sniffed.kind;
}

async function checkContent(
  kind: FileKind,
  received: { path: string; sha256: string; size: number },
  outputPath: string,
  policy: UploadPolicy,
): Promise<Checked> {
  const maxPixels = policy.maxImagePixels ?? DEFAULT_MAX_IMAGE_PIXELS;
  switch (kind) {
    case 'pdf': {
      // pdf-lib parses the whole file: in a worker thread, under time and memory limits (ADR 0020).
      const { pages } = await checkPdf(received.path);
      refuseTooManyPages(pages, policy);
      return { ...received, kind, pages, normalised: false };
    }
    case 'jpeg':
    case 'png': {
      const { width, height } = await normaliseImage(received.path, kind, outputPath, maxPixels);
      return { path: outputPath, ...(await hashFile(outputPath)), kind, pages: 1, normalised: true, width, height };
    }
    case 'tiff': {
      const { pages } = await tiffToPdfOffThread(received.path, outputPath, { maxPixels, ...pageLimit(policy) });
      return { path: outputPath, ...(await hashFile(outputPath)), kind: 'pdf', pages, normalised: true };
    }
    case 'docx':
    case 'xlsx':
    case 'odt':
    case 'ods':
    case 'doc':
    case 'xls':
      await checkOffice(received.path, received.size, kind);
      return { ...received, kind, pages: null, normalised: false };
  }
}

function refuseTooManyPages(pages: number, policy: UploadPolicy): void {
  if (policy.maxPages !== undefined && pages > policy.maxPages) {
    throw new UploadRefusedError('upload.tooManyPages', { pages, maxPages: policy.maxPages });
  }
}

function pageLimit(policy: UploadPolicy): { maxPages?: number } {
  return policy.maxPages !== undefined ? { maxPages: policy.maxPages } : {};
}

async function withFile<T>(filePath: string, use: (file: fs.FileHandle) => Promise<T>): Promise<T> {
  const file = await fs.open(filePath, 'r');
  try {
    return await use(file);
  } finally {
    await file.close();
  }
}
