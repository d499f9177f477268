import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

/**
 * `npm run bench`: runs every benchmark in this folder (each exports `run()`), one after another so
 * they do not compete for the two cores, and prints what each measured. `npm run bench -- name`
 * runs only the benchmarks whose file name contains `name`.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here)
  .filter((name) => name.endsWith('.ts') && name !== 'run.ts' && !name.endsWith('.d.ts'))
  .filter((name) => filter === undefined || name.includes(filter))
  .sort();

for (const file of files) {
  const module = (await import(pathToFileURL(join(here, file)).href)) as { run?: () => Promise<unknown> | unknown };
  if (typeof module.run !== 'function') continue;
  process.stdout.write(`\n=== ${file} ===\n`);
  const started = performance.now();
  const result = await module.run();
  if (result !== undefined) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
