import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { zodInEnglishOnly } from '../../../build/bundle-cli.mjs';
import { projectRoot } from '../../../build/node-bundle.mjs';

/**
 * The command's bundle leaves out zod's translations of its messages (a fifth of what a start
 * parses). What zod says about bad input must still be there, in English, as it is from the
 * sources.
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'casewright-zod-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const PROBE = `
import { z } from 'zod';
const result = z.object({ title: z.string(), kind: z.enum(['lcspr', 'dhr']) }).safeParse({ title: 3, kind: 'x' });
console.log(JSON.stringify({ messages: result.error.issues.map((issue) => issue.message), locales: Object.keys(z.locales) }));
`;

describe('the command bundle’s zod', () => {
  it('keeps English messages for bad input and only the English locale', async () => {
    const entry = path.join(scratch, 'probe.ts');
    writeFileSync(entry, PROBE);
    const outfile = path.join(scratch, 'probe.mjs');
    const built = await build({
      absWorkingDir: projectRoot,
      nodePaths: [path.join(projectRoot, 'node_modules')],
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      plugins: [zodInEnglishOnly],
      metafile: true,
      logLevel: 'silent',
    });
    // Read from node_modules: English only (the other name is the short index that stands in for theirs).
    const locales = Object.keys(built.metafile.inputs).filter((input) =>
      /^node_modules\/zod\/v4\/locales\//.test(input),
    );
    expect(locales).toEqual(['node_modules/zod/v4/locales/en.js']);
    const run = spawnSync(process.execPath, [outfile], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      messages: ['Invalid input: expected string, received number', 'Invalid option: expected one of "lcspr"|"dhr"'],
      locales: ['en'],
    });
  });
});
