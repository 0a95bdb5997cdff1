/**
 * What a component accepts: PDF and scanned images always; the office formats
 * the procedure declares for it; the smaller of its own limit and the system's.
 */
import type { Component } from '../catalog/index.ts';
import type { FileKind, UploadPolicy } from '../../platform/storage/index.ts';

const ALWAYS: readonly FileKind[] = ['pdf', 'jpeg', 'png', 'tiff'];

export function uploadPolicyFor(component: Component | undefined, systemMaxBytes: number): UploadPolicy {
  const own = component?.upload;
  const maxBytes = own?.maxMb ? Math.min(own.maxMb * 1024 * 1024, systemMaxBytes) : systemMaxBytes;
  return { allowed: [...ALWAYS, ...(own?.officeFormats ?? [])], maxBytes };
}

/** Digitisation makes a signed PDF: only PDFs and images can be scans. */
export function scanPolicy(systemMaxBytes: number): UploadPolicy {
  return { allowed: ALWAYS, maxBytes: systemMaxBytes };
}
