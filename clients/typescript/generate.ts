/**
 * The typed client's types, generated from the OpenAPI document with
 * openapi-typescript (issue 21; ADR 0027). `npm run api:client` rewrites
 * schema.d.ts from a motcua started on a throw-away embedded database;
 * test/api/typed-client.test.ts fails when the committed file differs from a
 * fresh generation, so a contract change shows up in review as a change to
 * the clients' types — and breaks the typecheck of code that relied on the old one.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

export const SCHEMA_FILE = path.join(import.meta.dirname, 'schema.d.ts');

const HEADER = '// Generated from motcua\'s OpenAPI document by `npm run api:client` (clients/typescript/generate.ts). Do not edit.\n';

/** The document's parts that depend on the running instance (its URL, its version) do not reach the types. */
export async function clientSchemaFrom(doc: object): Promise<string> {
  const stable = { ...(doc as Record<string, unknown>), servers: [{ url: '/' }], info: { ...((doc as { info: object }).info), version: '0' } };
  const ast = await openapiTS(stable as never, { alphabetize: true });
  return HEADER + astToString(ast);
}

async function main(): Promise<void> {
  const { createApp } = await import('../../src/app.ts');
  const { loadConfig } = await import('../../src/config.ts');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'motcua-api-client-'));
  try {
    const config = loadConfig({ MOTCUA_ENV: 'test', LOG_LEVEL: 'silent', MOTCUA_DEMO_DATA: 'never', MOTCUA_DATA_DIR: dataDir });
    const app = await createApp(config);
    try {
      await app.http.ready();
      await writeFile(SCHEMA_FILE, await clientSchemaFrom(app.http.swagger()));
    } finally {
      await app.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  process.stdout.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await main();
  // The app's worker pools and timers are closed, but a one-shot script need not wait for their last ticks.
  process.exit(0);
}
