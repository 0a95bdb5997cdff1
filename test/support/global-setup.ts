// Builds the template database once per run and removes it afterwards.
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
  return () => dropTemplate(template);
}
