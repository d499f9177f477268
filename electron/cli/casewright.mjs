#!/usr/bin/env node
// The `casewright` command. It runs the TypeScript sources directly through tsx's loader, so
// `npx casewright …` works in a checkout straight after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
