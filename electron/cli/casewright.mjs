#!/usr/bin/env node
// The `casewright` command. It runs the bundled JavaScript in ./dist (built by `npm run build:cli`,
// which `npm install`/`npm ci` run through `prepare` and `npm test` runs first), so a start costs
// little more than Node's own. CASEWRIGHT_FROM_SOURCE=1 runs the TypeScript sources through tsx
// instead (a development dependency), for trying a change without rebuilding.
import { existsSync } from 'node:fs';

const bundle = new URL('./dist/main.js', import.meta.url);
let main;
if (process.env.CASEWRIGHT_FROM_SOURCE === '1') {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
} else if (existsSync(bundle)) {
  ({ main } = await import(bundle.href));
} else {
  process.stderr.write(
    'casewright: the command has not been built yet. Run `npm run build:cli` in the Casewright folder (npm install does this too).\n',
  );
  process.exit(1);
}
process.exitCode = await main(process.argv.slice(2));
