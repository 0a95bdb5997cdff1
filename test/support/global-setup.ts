// Builds the template database once per run and removes it afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildTemplate, dropTemplate } from './template-db.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    template: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const template = await buildTemplate(path.join(os.tmpdir(), `motcua-template-${process.pid}.tar`));
  project.provide('template', template);
  return async () => {
    await dropTemplate(template);
    removeDataDirsOfEndedWorkers();
  };
}

/** Each test process keeps files and its development PKI in motcua-test-data-<pid>; those of ended processes go. */
function removeDataDirsOfEndedWorkers(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    const pid = /^motcua-test-data-(\d+)$/.exec(name)?.[1];
    if (pid && !isAlive(Number(pid))) fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
