import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aliasFolders, PATH_ALIASES } from '../../../build/path-aliases.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('import aliases', () => {
  it('are the same for TypeScript and tsx (tsconfig paths) as for vite, vitest, esbuild and eslint', () => {
    const base = JSON.parse(readFileSync(path.join(projectRoot, 'tsconfig.base.json'), 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    const fromTsconfig = Object.fromEntries(
      Object.entries(base.compilerOptions.paths).map(([alias, targets]) => [
        alias.replace(/\/\*$/, ''),
        (targets[0] ?? '').replace(/^\.\//, '').replace(/\/\*$/, ''),
      ]),
    );
    expect(fromTsconfig).toEqual(PATH_ALIASES);
  });

  it('name folders that exist', () => {
    for (const folder of Object.values(aliasFolders(projectRoot))) expect(existsSync(folder), folder).toBe(true);
  });
});
