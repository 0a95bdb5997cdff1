/**
 * One PDF image XObject as an image file sharp and tesseract can read, without re-encoding
 * where possible: DCTDecode streams are JPEG files already; FlateDecode streams with a PNG
 * predictor are PNG image data already (only the container is missing); plain FlateDecode
 * pixels go through sharp. Other encodings (CCITT, JBIG2, JPX, 1-bit, indexed) give `null`
 * and the caller skips that page.
 */
import { crc32, inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFContext, type PDFObject } from 'pdf-lib';
import sharp from 'sharp';

export interface ImageXObject {
  width: number;
  height: number;
  stream: PDFRawStream;
}

const name = (context: PDFContext, obj: PDFObject | undefined): string | undefined => {
  const resolved = obj ? context.lookup(obj) : undefined;
  return resolved instanceof PDFName ? resolved.decodeText() : undefined;
};
const num = (context: PDFContext, obj: PDFObject | undefined): number | undefined => {
  const resolved = obj ? context.lookup(obj) : undefined;
  return resolved instanceof PDFNumber ? resolved.asNumber() : undefined;
};

/** The one filter of a stream; a chain of filters is not what scanners write. */
function singleFilter(context: PDFContext, dict: PDFDict): string | null | undefined {
  const filter = dict.get(PDFName.of('Filter'));
  if (!filter) return undefined;
  const resolved = context.lookup(filter);
  if (resolved instanceof PDFArray) return resolved.size() === 1 ? name(context, resolved.get(0)) ?? null : null;
  return name(context, resolved) ?? null;
}

/** Colour components of DeviceGray, DeviceRGB or an ICC profile with 1 or 3 of them. */
function channels(context: PDFContext, dict: PDFDict): 1 | 3 | null {
  const cs = context.lookup(dict.get(PDFName.of('ColorSpace')));
  const simple = name(context, cs);
  if (simple === 'DeviceGray' || simple === 'CalGray') return 1;
  if (simple === 'DeviceRGB' || simple === 'CalRGB') return 3;
  if (cs instanceof PDFArray && name(context, cs.get(0)) === 'ICCBased') {
    const profile = context.lookup(cs.get(1));
    const n = profile instanceof PDFRawStream ? num(context, profile.dict.get(PDFName.of('N'))) : undefined;
    return n === 1 || n === 3 ? n : null;
  }
  return null;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG file around zlib data that is already PNG-filtered scanlines (PDF Predictor ≥ 10). */
function pngAround(zlibData: Uint8Array, width: number, height: number, colours: 1 | 3): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bits per component
  ihdr[9] = colours === 1 ? 0 : 2; // greyscale | truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from(zlibData)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function fromFlate(context: PDFContext, image: ImageXObject): Promise<Buffer | null> {
  const { dict } = image.stream;
  const colours = channels(context, dict);
  if (!colours || num(context, dict.get(PDFName.of('BitsPerComponent'))) !== 8) return null;
  const parms = context.lookup(dict.get(PDFName.of('DecodeParms')));
  const predictor = parms instanceof PDFDict ? num(context, parms.get(PDFName.of('Predictor'))) ?? 1 : 1;
  if (predictor >= 10) {
    const columns = parms instanceof PDFDict ? num(context, parms.get(PDFName.of('Columns'))) ?? 1 : 1;
    const parmColours = parms instanceof PDFDict ? num(context, parms.get(PDFName.of('Colors'))) ?? 1 : 1;
    if (columns !== image.width || parmColours !== colours) return null;
    return pngAround(image.stream.contents, image.width, image.height, colours);
  }
  if (predictor !== 1) return null; // TIFF predictor 2: not written by scanners
  const pixels = inflateSync(image.stream.contents);
  if (pixels.length < image.width * image.height * colours) return null;
  return sharp(pixels, { raw: { width: image.width, height: image.height, channels: colours } }).png({ compressionLevel: 1 }).toBuffer();
}

/** The image file in the stream, or `null` when its encoding is not one of those above. */
export async function imageFileOf(context: PDFContext, image: ImageXObject): Promise<Buffer | null> {
  const filter = singleFilter(context, image.stream.dict);
  if (filter === 'DCTDecode') return Buffer.from(image.stream.contents);
  if (filter === 'FlateDecode') return fromFlate(context, image);
  return null;
}
