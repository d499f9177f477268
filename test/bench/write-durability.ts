import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { addEntry } from '../../electron/core/chronology/entries';
import { createReviewFile } from '../../electron/core/store/open-review-file';
import { createReviewHandle } from '../../electron/core/store/review-handle';
import { tempDir } from '../helpers/review-file';

/**
 * What "one complete file" costs: the review store's rollback journal with synchronous=FULL (every
 * acknowledged write is in the .cwr itself) against the WAL it replaced, plain and encrypted.
 * Measures a 2,000-entry import (through the same addEntry the editor uses) in one transaction and 300 single-entry edits (one transaction
 * each, as a reviewer types), wall and CPU time.
 */
interface Measured {
  readonly importMs: number;
  readonly importCpuMs: number;
  readonly editMsEach: number;
  readonly editCpuMsEach: number;
}

function measure(journal: 'DELETE' | 'WAL', passphrase: string | undefined): Measured {
  const dir = tempDir('cw-durability-');
  const path = join(dir, 'bench.cwr');
  const db = createReviewFile(path, passphrase === undefined ? {} : { passphrase });
  db.pragma(`journal_mode = ${journal}`);
  const handle = createReviewHandle('bench', path, db, () => 'Bench');
  const time = (work: () => void): { wall: number; cpu: number } => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    work();
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
  };
  const imported = time(() =>
    handle.write(
      'Import',
      (w) => {
        for (let i = 0; i < 2_000; i += 1)
          addEntry(w, { date: `0${1 + (i % 9)}/02/2021`, agency: `Agency ${i % 7}`, summary: `Row ${i}: home visit` });
      },
      { rowAudit: false },
    ),
  );
  const edits = 300;
  const edited = time(() => {
    for (let i = 0; i < edits; i += 1)
      handle.write('Edit', (w) => addEntry(w, { date: '03/02/2021', agency: 'Police', summary: `Edit ${i}` }));
  });
  handle.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    importMs: Math.round(imported.wall),
    importCpuMs: Math.round(imported.cpu),
    editMsEach: Number((edited.wall / edits).toFixed(2)),
    editCpuMsEach: Number((edited.cpu / edits).toFixed(2)),
  };
}

export function run(): Record<string, Measured> {
  process.stdout.write(`write durability (load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)\n`);
  const results = {
    'rollback journal, plain': measure('DELETE', undefined),
    'WAL, plain': measure('WAL', undefined),
    'rollback journal, encrypted': measure('DELETE', 'bench passphrase'),
    'WAL, encrypted': measure('WAL', 'bench passphrase'),
  };
  for (const [name, m] of Object.entries(results)) {
    process.stdout.write(
      `  ${name}: import ${m.importMs} ms (${m.importCpuMs} ms CPU); edit ${m.editMsEach} ms each (${m.editCpuMsEach} ms CPU)\n`,
    );
  }
  return results;
}
