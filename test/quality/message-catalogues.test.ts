/**
 * The message catalogues live next to their code (the platform's own, each
 * module's, the web layer's pages) and register themselves when imported.
 * These checks hold the pieces together: loading the application registers
 * every catalogue, and every Vietnamese text has an English one with the same
 * parameters.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { registeredMessages } from '../../src/platform/i18n/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every source file that defines a catalogue, with the catalogue's name. */
function catalogueFiles(): { file: string; name: string }[] {
  const found: { file: string; name: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        const name = /^defineMessages\(\s*'(\w+)'/m.exec(fs.readFileSync(full, 'utf8'))?.[1];
        if (name) found.push({ file: full, name });
      }
    }
  };
  walk(path.join(root, 'src'));
  return found;
}

const files = catalogueFiles();
const names = new Set(files.map((f) => f.name));
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

beforeAll(async () => {
  for (const { file } of files) await import(pathToFileURL(file).href);
});

describe('message catalogues', () => {
  it('are found where they belong: the platform, the modules and the web layer', () => {
    expect(names).toContain('platform');
    expect(names).toContain('dossiers');
    expect(names).toContain('officeIntake');
    expect(files.map((f) => path.relative(root, f.file)).filter((f) => !/^src\/(platform|modules|web)\//.test(f))).toEqual([]);
  });

  it('are all registered by loading the application, as every process that renders pages, errors, jobs or CLI output does', async () => {
    // A fresh process, so no catalogue is registered by another test of this worker.
    const script = `await import('./src/app.ts');
const { registeredMessages } = await import('./src/platform/i18n/index.ts');
process.stdout.write('\\n@@' + JSON.stringify(Object.fromEntries([...registeredMessages('vi')].map(([k, v]) => [k, v.catalogue]))));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      timeout: 60_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    const loaded = JSON.parse(stdout.slice(stdout.lastIndexOf('@@') + 2)) as Record<string, string>;
    expect([...names].filter((n) => !Object.values(loaded).includes(n))).toEqual([]);
    const unregistered = [...registeredMessages('vi')].filter(([k, v]) => names.has(v.catalogue) && loaded[k] !== v.catalogue).map(([k]) => k);
    expect(unregistered).toEqual([]);
  }, 90_000);

  it('have an English text for every Vietnamese one, with the same parameters', () => {
    const english = registeredMessages('en');
    const problems: string[] = [];
    for (const [key, { text, catalogue }] of registeredMessages('vi')) {
      if (!names.has(catalogue)) continue;
      const en = english.get(key)?.text;
      if (!en) problems.push(`${key}: no English text`);
      else if (placeholders(en).join() !== placeholders(text).join()) problems.push(`${key}: parameters differ`);
    }
    expect(problems).toEqual([]);
  });
});
