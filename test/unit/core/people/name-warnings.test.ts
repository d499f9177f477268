import { describe, expect, it } from 'vitest';
import { richTextFromParagraphs, type RichText } from '@shared/lexical/types';
import { personInputSchema } from '@shared/api/people';
import { addPerson } from '@core/people/person-service';
import { dismissNameWarning, listNameWarnings } from '@core/people/name-warnings';
import { setTermsOfReference } from '@core/review/review-meta';
import { emptyReview } from '@test/helpers/review';

describe('unregistered-name warnings over the review text', () => {
  it('reads rich text (mentions as real names), warns, and remembers dismissals', () => {
    const review = emptyReview({ actor: 'Reviewer A' }).review;
    const kerry = review.write('Add', (db) =>
      addPerson(db, personInputSchema.parse({ realName: 'Kerry Ashdown', pseudonym: 'RM' })),
    );
    const terms = richTextFromParagraphs(['Intro.', "RM's new partner Gary moved in; her brother, Jayden, stayed."]);
    const paragraph = terms.editorState.root.children[0] as unknown as { children: unknown[] };
    paragraph.children = [
      {
        type: 'mention',
        version: 1,
        personId: kerry.id,
        text: 'Kerry Ashdown',
        format: 0,
        detail: 0,
        mode: 'token',
        style: '',
      },
      {
        type: 'text',
        version: 1,
        text: ' spoke to her mother Sandra.',
        format: 0,
        detail: 0,
        mode: 'normal',
        style: '',
      },
    ];
    review.write('Terms', (db) => setTermsOfReference(db, terms as RichText));

    const warnings = listNameWarnings(review.db);
    expect(warnings.map((w) => [w.name, w.location])).toEqual([
      ['Sandra', 'Review details 1, terms of reference'],
      ['Gary', 'Review details 1, terms of reference'],
      ['Jayden', 'Review details 1, terms of reference'],
    ]);

    expect(review.write('Dismiss', (db) => dismissNameWarning(db, 'Gary', review.actor()))).toEqual({
      dismissed: true,
    });
    expect(review.write('Dismiss', (db) => dismissNameWarning(db, 'gary', review.actor()))).toEqual({
      dismissed: false,
    });
    expect(listNameWarnings(review.db).map((w) => w.name)).toEqual(['Sandra', 'Jayden']);
    // The second dismissal changed nothing, so one undo brings the warning back.
    review.undo();
    expect(listNameWarnings(review.db).map((w) => w.name)).toContain('Gary');
  });
});
