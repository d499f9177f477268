import { describe, expect, it } from 'vitest';
import { addFinding, deleteFinding } from '@core/findings/findings';
import {
  addAnnotation,
  deleteAnnotation,
  listAnnotations,
  replyToAnnotation,
  retargetAnnotation,
  setAnnotationStatus,
  updateAnnotationText,
} from '@core/annotations/annotations';
import { getFinding } from '@core/findings/findings';
import { reviewWithChronology } from '@test/helpers/review';

describe('annotations', () => {
  it('adds comments on findings, paragraphs and entries, with replies that share the target', () => {
    const fixture = reviewWithChronology();
    const { review, entryIds } = fixture;
    const finding = review.write('add', (db) => addFinding(db, { title: 'Child not seen' }));
    const onFinding = review.write('add', (db) =>
      addAnnotation(db, {
        target: { kind: 'finding', findingId: finding.id },
        authorName: 'Dana Price',
        authorAgency: 'Westmoor Police',
        authorRole: 'Detective Inspector',
        text: 'Please add the 2022 visit.',
      }),
    );
    review.write('add', (db) =>
      addAnnotation(db, {
        target: { kind: 'paragraph', anchor: `cw_p_f_${finding.id}_1` },
        authorName: 'Jo Hart',
        text: 'Wording.',
      }),
    );
    review.write('add', (db) =>
      addAnnotation(db, {
        target: { kind: 'entry', entryId: entryIds[0]! },
        authorName: 'Jo Hart',
        text: 'Time was 23:10.',
      }),
    );
    const reply = review.write('reply', (db) =>
      replyToAnnotation(db, onFinding.id, { authorName: 'Lead Reviewer', text: 'Added.' }),
    );
    expect(reply.target).toMatchObject({ kind: 'finding', findingId: finding.id });

    const threads = listAnnotations(review.db);
    expect(threads).toHaveLength(3);
    expect(threads[0]).toMatchObject({
      authorRole: 'Detective Inspector',
      target: { findingNumber: 1, findingTitle: 'Child not seen' },
    });
    expect(threads[0]?.replies.map((r) => r.text)).toEqual(['Added.']);
    expect(threads[1]?.target).toMatchObject({
      kind: 'paragraph',
      ownerKind: 'f',
      paragraph: 1,
      findingId: finding.id,
    });
    expect(threads[2]?.target).toMatchObject({ kind: 'entry', entryId: entryIds[0] });
    expect(threads[2]?.target.kind === 'entry' && threads[2].target.entryLabel).toContain('Westmoor Police');
    expect(getFinding(review.db, finding.id).openAnnotations).toBe(2);
  });

  it('changes status, filters by it, edits text and deletes', () => {
    const fixture = reviewWithChronology({ entries: [] });
    const { review } = fixture;
    const make = (text: string) =>
      review.write('add', (db) => addAnnotation(db, { target: { kind: 'unplaced' }, authorName: 'Panel', text }));
    const a = make('First');
    const b = make('Second');
    make('Third');
    review.write('status', (db) => setAnnotationStatus(db, a.id, 'resolved'));
    review.write('status', (db) => setAnnotationStatus(db, b.id, 'rejected'));
    expect(listAnnotations(review.db, { status: 'open' }).map((x) => x.text)).toEqual(['Third']);
    expect(listAnnotations(review.db, { status: 'resolved' }).map((x) => x.text)).toEqual(['First']);
    expect(review.write('edit', (db) => updateAnnotationText(db, b.id, 'Second, edited')).text).toBe('Second, edited');
    review.write('delete', (db) => deleteAnnotation(db, a.id));
    expect(listAnnotations(review.db)).toHaveLength(2);
  });

  it('keeps a comment when its finding is deleted, and can place an unplaced comment with its replies', () => {
    const fixture = reviewWithChronology({ entries: [] });
    const { review } = fixture;
    const doomed = review.write('add', (db) => addFinding(db, { title: 'Doomed' }));
    const kept = review.write('add', (db) => addFinding(db, { title: 'Kept' }));
    review.write('add', (db) =>
      addAnnotation(db, { target: { kind: 'finding', findingId: doomed.id }, authorName: 'Panel', text: 'Keep me' }),
    );
    review.write('delete', (db) => deleteFinding(db, doomed.id));
    expect(listAnnotations(review.db)[0]?.target).toMatchObject({ kind: 'finding', findingId: null });

    const loose = review.write('add', (db) =>
      addAnnotation(db, { target: { kind: 'unplaced' }, authorName: 'Panel', text: 'Loose' }),
    );
    review.write('reply', (db) => replyToAnnotation(db, loose.id, { authorName: 'Reviewer', text: 'Where?' }));
    const placed = review.write('move', (db) =>
      retargetAnnotation(db, loose.id, { kind: 'finding', findingId: kept.id }),
    );
    expect(placed.target).toMatchObject({ kind: 'finding', findingId: kept.id });
    expect(placed.replies[0]?.target).toMatchObject({ kind: 'finding', findingId: kept.id });
  });

  it('refuses empty text, unknown targets and malformed anchors', () => {
    const fixture = reviewWithChronology({ entries: [] });
    const { review } = fixture;
    expect(() =>
      review.write('add', (db) => addAnnotation(db, { target: { kind: 'unplaced' }, authorName: 'P', text: ' ' })),
    ).toThrow(/needs some text/);
    expect(() =>
      review.write('add', (db) =>
        addAnnotation(db, { target: { kind: 'finding', findingId: 4 }, authorName: 'P', text: 'x' }),
      ),
    ).toThrow(/no finding/);
    expect(() =>
      review.write('add', (db) =>
        addAnnotation(db, { target: { kind: 'paragraph', anchor: 'cw_f_1' }, authorName: 'P', text: 'x' }),
      ),
    ).toThrow(/not a paragraph anchor/);
  });
});
