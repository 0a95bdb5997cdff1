import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { checkFonts, FONT_ROLES, fontPath, FontsMissingError, resolveFontFile } from './fonts.ts';

describe('Vietnamese fonts from npm', () => {
  it('finds every font file in its package', () => {
    expect(() => checkFonts()).not.toThrow();
    for (const role of FONT_ROLES) {
      expect(fontPath(role)).toMatch(/@expo-google-fonts\/noto-(serif|sans)\/.+\.ttf$/);
      expect(existsSync(fontPath(role))).toBe(true);
    }
  });

  it('names the missing file and the package to install, in Vietnamese and English', () => {
    const missingFile = () => resolveFontFile({ pkg: '@expo-google-fonts/noto-serif', file: '400Regular/NoSuchFont.ttf' });
    expect(missingFile).toThrow(FontsMissingError);
    try {
      missingFile();
    } catch (e) {
      const err = e as FontsMissingError;
      expect(err).toBeInstanceOf(AppError);
      expect(err.key).toBe('pdf.fontsMissing');
      expect(err.message).toContain('NoSuchFont.ttf');
      expect(err.message).toContain('Thiếu phông chữ tiếng Việt');
      expect(err.message).toContain('Install the npm package @expo-google-fonts/noto-serif');
    }
  });

  it('reports a package that is not installed at all', () => {
    expect(() => resolveFontFile({ pkg: '@expo-google-fonts/not-installed-font', file: 'x.ttf' })).toThrow(
      /npm install @expo-google-fonts\/not-installed-font/,
    );
  });
});
