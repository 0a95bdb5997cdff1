/** docs/architecture.md must list every module with its surface: a module added without its row fails here. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('docs/architecture.md', () => {
  it('has one row in the module table for every folder of src/modules', () => {
    const doc = fs.readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');
    const rows = new Set([...doc.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]));
    const modules = fs.readdirSync(path.join(root, 'src/modules'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(modules.filter((m) => !rows.has(m))).toEqual([]);
    expect([...rows].filter((r) => !modules.includes(r!))).toEqual([]);
  });
});
