import { describe, expect, it } from 'vitest';
import { listDuplicates, mergeDuplicate } from '@core/chronology/duplicates';
import { addEvidence, findingsCitingEntry } from '@core/findings/evidence';
import { addFinding } from '@core/findings/findings';
import { sampleReview } from '@test/helpers/review';

describe('merging duplicate entries', () => {
  it('moves the evidence a finding cites from the hidden entry to the kept one, and undo puts it back', () => {
    const handle = sampleReview().review;
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
