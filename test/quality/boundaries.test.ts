/**
 * The dependency check (`npm run deps`, run by CI) must bite: a small tree
 * that breaks each rule once is cruised with the project's own configuration
 * and every rule must report its violation, while the same tree without the
 * breaches passes. A check that can no longer fail would let the module
 * boundaries erode silently.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const depcruise = path.join(root, 'node_modules/.bin/depcruise');
let dir: string;

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

async function cruise(): Promise<{ ok: boolean; rules: string[] }> {
  try {
    await run(depcruise, ['src', '--config', path.join(root, '.dependency-cruiser.cjs'), '--output-type', 'err'], { cwd: dir });
    return { ok: true, rules: [] };
  } catch (err) {
    const out = String((err as { stdout?: string }).stdout ?? '');
    return { ok: false, rules: [...new Set([...out.matchAll(/error ([a-z-]+):/g)].map((m) => m[1]!))].sort() };
  }
}

const clean = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true, noEmit: true } }),
  'src/platform/clock.ts': 'export const now = (): Date => new Date();\n',
  'src/modules/a/a.tables.ts': 'export const things = { id: "id" };\n',
  'src/modules/a/a.repo.ts': "import { things } from './a.tables.ts';\nexport const findThing = () => things;\n",
  'src/modules/a/table-refs.ts': "import { things } from './a.tables.ts';\nexport const thingIdRef = () => things.id;\n",
  'src/modules/a/queries/get-thing.ts': "import { findThing } from '../a.repo.ts';\nexport const getThing = () => findThing();\n",
  'src/modules/a/index.ts': "export { getThing } from './queries/get-thing.ts';\n",
  'src/modules/a/routes.ts': "import { getThing } from './queries/get-thing.ts';\nexport const registerARoutes = () => getThing();\n",
  'src/modules/b/b.tables.ts': "import { thingIdRef } from '../a/table-refs.ts';\nexport const others = { thing: thingIdRef };\n",
  'src/modules/b/index.ts': "import { getThing } from '../a/index.ts';\nimport { now } from '../../platform/clock.ts';\nexport const useThing = () => [getThing(), now()];\n",
  'src/web/page.ts': "import { useThing } from '../modules/b/index.ts';\nexport const page = () => useThing();\n",
  'src/app.ts': "import { registerARoutes } from './modules/a/routes.ts';\nimport { page } from './web/page.ts';\nexport const app = () => [registerARoutes(), page()];\n",
};

describe('the dependency check', () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-boundaries-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes a tree that keeps every rule', async () => {
    write(clean);
    expect(await cruise()).toEqual({ ok: true, rules: [] });
  }, 60_000);

  it('fails on a deep import, an index exporting a repo, a routes import, platform knowing a module, a module knowing the web, and a cycle', async () => {
    write({
      ...clean,
      // Deep import into another module's repo (module to module, and web to module).
      'src/modules/b/index.ts': "import { findThing } from '../a/a.repo.ts';\nexport const useThing = () => findThing();\n",
      'src/web/page.ts': "import { getThing } from '../modules/a/queries/get-thing.ts';\nexport const page = () => getThing();\n",
      // An index that leaks its repo.
      'src/modules/a/index.ts': "export { getThing } from './queries/get-thing.ts';\nexport { findThing } from './a.repo.ts';\n",
      // Routes are the composition root's.
      'src/modules/c/index.ts': "import { registerARoutes } from '../a/routes.ts';\nexport const c = () => registerARoutes();\n",
      // The platform is domain-free; modules do not know the web.
      'src/platform/clock.ts': "import { getThing } from '../modules/a/index.ts';\nexport const now = (): Date => (getThing(), new Date());\n",
      'src/modules/a/queries/get-thing.ts': "import { findThing } from '../a.repo.ts';\nimport type { page } from '../../../web/page.ts';\nexport const getThing = (): ReturnType<typeof page> | unknown => findThing();\n",
      // A cycle of two files that only import each other's types still counts.
      'src/modules/d/one.ts': "import type { Two } from './two.ts';\nexport interface One { two?: Two }\n",
      'src/modules/d/two.ts': "import type { One } from './one.ts';\nexport interface Two { one?: One }\n",
      'src/modules/d/index.ts': "export type { One } from './one.ts';\n",
    });
    const result = await cruise();
    expect(result.ok).toBe(false);
    expect(result.rules).toEqual(
      expect.arrayContaining(['index-is-a-surface', 'modules-do-not-know-the-web', 'no-cycles', 'no-deep-import-into-module', 'outside-modules-use-index-only', 'platform-is-domain-free', 'routes-are-for-the-composition-root']),
    );
  }, 60_000);

  it('keeps table-refs.ts small: it may import only its own tables', async () => {
    write({ ...clean, 'src/modules/a/table-refs.ts': "import { things } from './a.tables.ts';\nimport { findThing } from './a.repo.ts';\nexport const thingIdRef = () => (findThing(), things.id);\n" });
    expect((await cruise()).rules).toContain('table-refs-are-small');
  }, 60_000);
});
