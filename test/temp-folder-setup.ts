import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Gives the whole test run one temp folder and removes it at the end. Tests make review files,
 * exports and LibreOffice profiles with `mkdtemp(tmpdir())`; pointing TMPDIR (read by
 * `os.tmpdir()` in every forked worker, which inherits this environment) at a run folder means
 * none of them is left behind in /tmp, however a test ends.
 */
export default function setup(): () => void {
  const runFolder = mkdtempSync(join(tmpdir(), 'casewright-test-run-'));
  const previous = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  process.env.TMPDIR = process.env.TMP = process.env.TEMP = runFolder;
  return () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(runFolder, { recursive: true, force: true, maxRetries: 3 });
  };
}
