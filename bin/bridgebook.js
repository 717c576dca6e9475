#!/usr/bin/env node
// Runs the TypeScript CLI directly (through tsx), so `npx bridgebook` works right after `npm ci`.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register();
const { run } = await import(fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)));
process.exitCode = await run(process.argv.slice(2));
