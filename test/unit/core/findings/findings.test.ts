import { describe, expect, it } from 'vitest';
import { richTextFromParagraphs } from '@shared/lexical/types';
import { CasewrightError } from '@shared/errors';
import {
  addFinding,
  deleteFinding,
  getFinding,
  listFindings,
  moveFinding,
  updateFinding,
} from '@core/findings/findings';
import { addEvidence, findingsCitingEntry, removeEvidence } from '@core/findings/evidence';
import { createFinding } from '@core/findings/create-finding';
import { moveEntryReferences } from '@core/findings/entry-references';
import { tagEntry } from '@core/findings/tagging';
import { listEntryTags } from '@core/findings/tags';
import { addAnnotation, listAnnotations } from '@core/annotations/annotations';
import { reviewWithChronology, type ReviewWithChronology } from '@test/helpers/review';

function open(): ReviewWithChronology {
  const fixture = reviewWithChronology();
  return fixture;
}

describe('findings CRUD', () => {
  it('adds findings with the next number, a default type and a rich-text body', () => {
    const { review } = open();
    const first = review.write('add', (db) => addFinding(db, { title: 'Coercive control was not recognised' }));
    const second = review.write('add', (db) =>
      addFinding(db, {
        title: 'Health visiting saw the household',
        body: richTextFromParagraphs(['One.', 'Two.']),
        type: 'good-practice',
      }),
    );
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(first.type).toBe('new-learning');
    expect(second.body?.editorState.root.children).toHaveLength(2);
    expect(listFindings(review.db).map((f) => f.title)).toEqual([
      'Coercive control was not recognised',
      'Health visiting saw the household',
    ]);
  });

  it('updates fields and refuses an empty title with a validation error', () => {
    const { review } = open();
    const finding = review.write('add', (db) => addFinding(db, { title: 'Draft' }));
    const updated = review.write('edit', (db) =>
      updateFinding(db, finding.id, { title: 'Final title', inBriefing: true, type: 'established-learning' }),
    );
    expect(updated).toMatchObject({ title: 'Final title', inBriefing: true, type: 'established-learning' });
    expect(() => review.write('edit', (db) => updateFinding(db, finding.id, { title: '  ' }))).toThrow(CasewrightError);
    expect(getFinding(review.db, finding.id).title).toBe('Final title');
  });

  it('renumbers on move and delete', () => {
    const { review } = open();
    const ids = ['A', 'B', 'C', 'D'].map((title) => review.write('add', (db) => addFinding(db, { title })).id);
    review.write('move', (db) => moveFinding(db, ids[3]!, 1));
    expect(listFindings(review.db).map((f) => `${f.number}${f.title}`)).toEqual(['1D', '2A', '3B', '4C']);
    review.write('move', (db) => moveFinding(db, ids[3]!, 99));
    expect(listFindings(review.db).map((f) => f.title)).toEqual(['A', 'B', 'C', 'D']);
    review.write('move', (db) => moveFinding(db, ids[2]!, 1));
    expect(listFindings(review.db).map((f) => `${f.number}${f.title}`)).toEqual(['1C', '2A', '3B', '4D']);
    review.write('delete', (db) => deleteFinding(db, ids[0]!));
    expect(listFindings(review.db).map((f) => `${f.number}${f.title}`)).toEqual(['1C', '2B', '3D']);
  });

  it('undo of a move restores the previous numbering', () => {
    const { review } = open();
    const ids = ['A', 'B', 'C'].map((title) => review.write('add', (db) => addFinding(db, { title })).id);
    review.write('Move finding', (db) => moveFinding(db, ids[2]!, 1));
    review.undo();
    expect(listFindings(review.db).map((f) => `${f.number}${f.title}`)).toEqual(['1A', '2B', '3C']);
  });
});

describe('evidence', () => {
  it('flags a finding without evidence and clears the flag once an entry is linked', () => {
    const { review, entryIds } = open();
    const finding = review.write('add', (db) => addFinding(db, { title: 'Child not seen' }));
    expect(finding.withoutEvidence).toBe(true);
    review.write('link', (db) => addEvidence(db, finding.id, { kind: 'entry', targetId: entryIds[2]! }));
    const linked = getFinding(review.db, finding.id);
    expect(linked.withoutEvidence).toBe(false);
    expect(linked.evidence[0]).toMatchObject({
      kind: 'entry',
      targetId: entryIds[2],
      agency: 'Westmoor Police',
      date: '2021-09-20',
    });
    expect(linked.evidence[0]?.label).toContain('Second call-out');
  });

  it('lists entries in date order then episodes, keeps one link per target, and unlinks', () => {
    const { review, entryIds, episodeId } = open();
    const finding = review.write('add', (db) => addFinding(db, { title: 'Pattern missed' }));
    review.write('link', (db) => {
      addEvidence(db, finding.id, { kind: 'episode', targetId: episodeId });
      addEvidence(db, finding.id, { kind: 'entry', targetId: entryIds[2]! });
      addEvidence(db, finding.id, { kind: 'entry', targetId: entryIds[0]! });
      addEvidence(db, finding.id, { kind: 'entry', targetId: entryIds[0]! });
    });
    const evidence = getFinding(review.db, finding.id).evidence;
    expect(evidence.map((e) => `${e.kind}:${e.targetId}`)).toEqual([
      `entry:${entryIds[0]}`,
      `entry:${entryIds[2]}`,
      `episode:${episodeId}`,
    ]);
    expect(evidence[2]?.label).toBe('Police call-outs in 2021 (2 entries)');
    review.write('unlink', (db) => removeEvidence(db, evidence[0]!.id));
    expect(getFinding(review.db, finding.id).evidence).toHaveLength(2);
  });

  it('refuses evidence that does not exist, naming the CLI that lists entry ids', () => {
    const { review } = open();
    const finding = review.write('add', (db) => addFinding(db, { title: 'X' }));
    expect(() => review.write('link', (db) => addEvidence(db, finding.id, { kind: 'entry', targetId: 999 }))).toThrow(
      /chronology list/,
    );
  });

  it('finds the findings that cite an entry directly or through an episode', () => {
    const { review, entryIds, episodeId, available } = open();
    review.write('add', (db) =>
      createFinding(db, available, {
        title: 'Direct',
        tags: [],
        evidence: [{ kind: 'entry', targetId: entryIds[1]! }],
      }),
    );
    review.write('add', (db) =>
      createFinding(db, available, {
        title: 'Via episode',
        tags: [],
        evidence: [{ kind: 'episode', targetId: episodeId }],
      }),
    );
    expect(findingsCitingEntry(review.db, entryIds[0]!).map((f) => f.title)).toEqual(['Via episode']);
    expect(findingsCitingEntry(review.db, entryIds[1]!).map((f) => f.title)).toEqual(['Direct']);
  });

  it('drops the evidence link when its entry is deleted, and undo brings both back', () => {
    const { review, entryIds } = open();
    const finding = review.write('add', (db) => addFinding(db, { title: 'X' }));
    review.write('link', (db) => addEvidence(db, finding.id, { kind: 'entry', targetId: entryIds[1]! }));
    review.write('Delete entry', (db) => db.prepare(`DELETE FROM entry WHERE id = ?`).run(entryIds[1]!));
    expect(getFinding(review.db, finding.id).withoutEvidence).toBe(true);
    review.undo();
    expect(getFinding(review.db, finding.id).evidence.map((e) => e.targetId)).toEqual([entryIds[1]]);
  });
});

describe('merged chronology entries', () => {
  it('moves evidence, tags and comments to the kept entry without doubling links', () => {
    const { review, entryIds, available } = open();
    const [keep, merged] = [entryIds[0]!, entryIds[2]!];
    const a = review.write('add', (db) => addFinding(db, { title: 'A' }));
    const b = review.write('add', (db) => addFinding(db, { title: 'B' }));
    review.write('link', (db) => {
      addEvidence(db, a.id, { kind: 'entry', targetId: keep });
      addEvidence(db, a.id, { kind: 'entry', targetId: merged });
      addEvidence(db, b.id, { kind: 'entry', targetId: merged });
      tagEntry(db, available, merged, { taxonomyId: 'risk-factors-triggers', termId: 'minimising-language' });
      addAnnotation(db, { target: { kind: 'entry', entryId: merged }, authorName: 'Panel', text: 'Time?' });
    });
    const moved = review.write('Merge', (db) => moveEntryReferences(db, merged, keep));
    expect(moved).toEqual({ evidence: 1, tags: 1, annotations: 1 });
    expect(getFinding(review.db, a.id).evidence.map((e) => e.targetId)).toEqual([keep]);
    expect(getFinding(review.db, b.id).evidence.map((e) => e.targetId)).toEqual([keep]);
    expect(listEntryTags(review.db).map((t) => t.entryId)).toEqual([keep]);
    expect(listAnnotations(review.db)[0]?.target).toMatchObject({ kind: 'entry', entryId: keep });
  });
});
