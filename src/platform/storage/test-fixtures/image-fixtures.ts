/** Images for upload tests: left half red, right half blue, so rotations can be seen in the pixels. */
import { crc32 } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';

export async function twoColourRaw(width: number, height: number): Promise<Sharp> {
  const half = Math.floor(width / 2);
  const { data, info } = await sharp({ create: { width, height, channels: 3, background: '#ff0000' } })
    .composite([{ input: { create: { width: width - half, height, channels: 3, background: '#0000ff' } }, left: half, top: 0 }])
    .raw()
    .toBuffer({ resolveWithObject: true });
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
}

export async function pngImage(width = 40, height = 20): Promise<Buffer> {
  return (await twoColourRaw(width, height)).png().toBuffer();
}

/** A JPEG stored sideways with EXIF orientation 6 (turn 90° clockwise to view), camera make and a GPS position. */
export async function phoneJpeg(): Promise<Buffer> {
  return (await twoColourRaw(40, 20))
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Camera X' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' },
    })
    .withMetadata({ orientation: 6, density: 200 })
    .toBuffer();
}

export async function multiPageTiff(frames: number, width = 60, height = 90, density = 150): Promise<Buffer> {
  const pages: Buffer[] = [];
  for (let i = 0; i < frames; i++) pages.push(await (await twoColourRaw(width, height)).png().toBuffer());
  return sharp(pages, { join: { animated: true } }).withMetadata({ density }).tiff().toBuffer();
}

/** A real small PNG whose header claims `width`×`height`: decoding it would need gigabytes. */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await pngImage(8, 8));
  // IHDR data starts at byte 16 (8 signature + 4 length + 4 type); its CRC covers type + data.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}
