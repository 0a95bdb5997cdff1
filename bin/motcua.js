#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx's loader); see docs/adr/0001 for why there is no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
