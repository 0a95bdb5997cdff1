/** Text recognition of scans: the engine, page images out of scanned PDFs, and its error. */
export { createOcrEngine, type OcrEngine, type OcrEngineOptions, type OcrPage, type OcrResult } from './ocr-engine.ts';
export { pageImagesFromPdf } from './pdf-page-images.ts';
export { OcrError, type OcrErrorKey } from './ocr-error.ts';
