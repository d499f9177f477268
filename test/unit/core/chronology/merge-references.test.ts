import { describe, expect, it } from 'vitest';
import { createAppContext } from '../../../../electron/core/app/app-context';
import { listDuplicates, mergeDuplicate } from '../../../../electron/core/chronology/duplicates';
import { addEvidence, findingsCitingEntry } from '../../../../electron/core/findings/evidence';
import { addFinding } from '../../../../electron/core/findings/findings';
import { openSample } from '../../../../electron/core/review/lifecycle';
import { tempDir } from '../../../helpers/review-file';

describe('merging duplicate entries', () => {
  it('moves the evidence a finding cites from the hidden entry to the kept one, and undo puts it back', () => {
    const app = createAppContext({ home: tempDir() });
    const handle = app.reviews.get(openSample(app).reviewId);
    const pair = listDuplicates(handle.db, 'open')[0]!;
    const [keep, hidden] = [pair.entryA, pair.entryB];
    const finding = handle.write('Add finding', (db) => {
      const created = addFinding(db, { title: 'Notifications were not read together' });
      addEvidence(db, created.id, { kind: 'entry', targetId: hidden });
      return created;
    });

    handle.write('Merge duplicate entries', (db) => mergeDuplicate(db, pair.id, keep));
    expect(findingsCitingEntry(handle.db, keep).map((cited) => cited.id)).toContain(finding.id);
    expect(findingsCitingEntry(handle.db, hidden)).toEqual([]);

    handle.undo();
    expect(findingsCitingEntry(handle.db, hidden).map((cited) => cited.id)).toContain(finding.id);
  });
});
