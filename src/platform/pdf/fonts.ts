/**
 * Vietnamese fonts for every PDF motcua prints. They come from npm packages, never from the
 * network. Whole TTF files are used because split web fonts (@fontsource) miss letters
 * (STACK-NOTES.md).
 *
 * The documents are set in Noto Serif, the look of the Times-style state documents of Decree
 * 30/2020; it has one glyph for every Vietnamese letter in all four styles. Noto Sans is offered
 * for short marks only: it has no precomposed glyphs for ẹ ị ọ ụ (its `ccmp` feature builds them
 * from a base letter and a dot below), and pdfkit keeps one ToUnicode entry per glyph, so copied
 * or searched text of a page that has both "u" and "ụ" in Noto Sans reads one as the other.
 *
 * `checkFonts()` runs at start-up so a missing font is a clear start-up error, never a PDF
 * with missing glyphs.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppError } from '../errors.ts';
import { t } from '../i18n/index.ts';

export type FontRole = 'serif' | 'serifBold' | 'serifItalic' | 'serifBoldItalic' | 'sans' | 'sansBold';

export interface FontSource {
  readonly pkg: string;
  readonly file: string;
}

const SERIF = '@expo-google-fonts/noto-serif';
const SANS = '@expo-google-fonts/noto-sans';

const SOURCES: Readonly<Record<FontRole, FontSource>> = {
  serif: { pkg: SERIF, file: '400Regular/NotoSerif_400Regular.ttf' },
  serifBold: { pkg: SERIF, file: '700Bold/NotoSerif_700Bold.ttf' },
  serifItalic: { pkg: SERIF, file: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf' },
  serifBoldItalic: { pkg: SERIF, file: '700Bold_Italic/NotoSerif_700Bold_Italic.ttf' },
  sans: { pkg: SANS, file: '400Regular/NotoSans_400Regular.ttf' },
  sansBold: { pkg: SANS, file: '700Bold/NotoSans_700Bold.ttf' },
};

export const FONT_ROLES = Object.keys(SOURCES) as FontRole[];

/** A font file that is not where its npm package should have put it. */
export class FontsMissingError extends AppError {
  readonly file: string;
  readonly packageName: string;
  constructor(file: string, packageName: string) {
    super(500, 'pdf.fontsMissing', { file, package: packageName });
    this.name = 'FontsMissingError';
    this.file = file;
    this.packageName = packageName;
    // Operators read this in a start-up log, so it carries both languages itself.
    const params = { file, package: packageName };
    this.message = `${t('vi', 'pdf.fontsMissing', params)} / ${t('en', 'pdf.fontsMissing', params)}`;
  }
}

const require = createRequire(import.meta.url);
const resolved = new Map<FontRole, string>();

/** Absolute path of a font file inside an installed npm package; exported so tests can ask for one that is absent. */
export function resolveFontFile(source: FontSource): string {
  let packageDir: string;
  try {
    // The packages have no "exports" map, so their package.json resolves like any file.
    packageDir = path.dirname(require.resolve(`${source.pkg}/package.json`));
  } catch {
    throw new FontsMissingError(`${source.pkg}/${source.file}`, source.pkg);
  }
  const file = path.join(packageDir, source.file);
  if (!existsSync(file)) throw new FontsMissingError(file, source.pkg);
  return file;
}

/** Absolute path of the TTF file for a role; throws `FontsMissingError` when it is not installed. */
export function fontPath(role: FontRole): string {
  const known = resolved.get(role);
  if (known) return known;
  const file = resolveFontFile(SOURCES[role]);
  resolved.set(role, file);
  return file;
}

/** Verifies that every font file is installed; call once at start-up. */
export function checkFonts(): void {
  for (const role of FONT_ROLES) fontPath(role);
}
