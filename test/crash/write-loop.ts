/**
 * The process the crash-safety test kills: it writes to a review in a loop and, after each write
 * returns, prints `ack <entries>` — the number of entries a reader must find from then on.
 *   import mode: batches of 150 entries in one transaction each (as an agency import is);
 *   edit mode:   one entry and one edit of the review details per write, as a reviewer types.
 * Usage: node --import tsx write-loop.ts <file.cwr> <import|edit> [passphrase]
 */
import { writeSync } from 'node:fs';
import { addEntry } from '../../electron/core/chronology/entries';
import { updateReviewMeta } from '../../electron/core/review/review-meta';
import { openReviewFile } from '../../electron/core/store/open-review-file';
import { createReviewHandle } from '../../electron/core/store/review-handle';

const [path, mode, passphrase] = process.argv.slice(2) as [string, 'import' | 'edit', string | undefined];
const file = openReviewFile(path, passphrase === undefined ? {} : { passphrase });
const handle = createReviewHandle('crash', path, file.db, () => 'Crash Test');
let entries = (file.db.prepare('SELECT count(*) AS n FROM entry').get() as { n: number }).n;

for (let round = 0; ; round += 1) {
  if (mode === 'import') {
    handle.write(
      'Import',
      (db) => {
        for (let i = 0; i < 150; i += 1) {
          addEntry(db, {
            date: `0${1 + (i % 9)}/02/2021`,
            agency: `Agency ${i % 7}`,
            summary: `Imported row ${round}-${i}: home visit, child seen alone.`,
          });
        }
      },
      { rowAudit: false },
    );
    entries += 150;
  } else {
    handle.write('Edit', (db) => {
      addEntry(db, { date: '03/02/2021', agency: 'Police', summary: `Edit ${round}` });
      updateReviewMeta(db, { author: `Reviewer edit ${round}` });
    });
    entries += 1;
  }
  writeSync(1, `ack ${entries}\n`);
}
