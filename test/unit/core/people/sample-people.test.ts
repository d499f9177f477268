import { describe, expect, it } from 'vitest';
import { seedPeople } from '@core/sample/people';
import { listPeople } from '@core/people/person-rows';
import { listCharacteristics } from '@core/people/characteristics';
import { listIdentifiers } from '@core/people/identifiers';
import { listRelationships } from '@core/people/relationships';
import { reviewCompleteness } from '@core/people/completeness-service';
import { createAnonymiser } from '@core/anonymise';
import { loadAnonymisationRegister } from '@core/people/register';
import { emptyReview } from '@test/helpers/review';
import { templates } from './review';

describe('sample people', () => {
  const review = emptyReview({ actor: 'Reviewer A' }).review;
  review.write('Seed', (db) => seedPeople(db));

  it('holds the sample family and professionals with the shared pseudonyms', () => {
    expect(listPeople(review.db).map((p) => `${p.pseudonym}=${p.realName}`)).toEqual([
      'Child R=Ruby Ashdown',
      'Sibling R=Leo Ashdown',
      'RM=Kerry Ashdown',
      'RF=Connor Walsh',
      'MGM=Sandra Ashdown',
      'Mr C=Dean Croft',
      'HV1=Priya Natt',
      'SW1=Tom Ellery',
      'GP1=Dr Helen Ferris',
      'PC1=PC Arun Bains',
    ]);
    expect(listRelationships(review.db)).toHaveLength(9);
    expect(
      listIdentifiers(review.db)
        .map((i) => i.kind)
        .sort(),
    ).toEqual(['address', 'postcode', 'school']);
  });

  it('uses only values the shipped templates define', () => {
    for (const record of listCharacteristics(review.db)) {
      if (record.state !== 'recorded') continue;
      const template = templates.find((t) => t.id === record.characteristicId)!;
      expect(template.options.map((o) => o.id)).toContain(record.value.optionId);
    }
  });

  it('has a realistic mix of states, several never recorded', () => {
    const report = reviewCompleteness(review.db, templates);
    const sentences = report.summaries.map((s) => s.sentence);
    expect(sentences).toContain(
      'Religion or belief recorded for 1 of 6 family members (2 not asked, 3 not recorded by agencies).',
    );
    expect(sentences).toContain(
      'Sexual orientation recorded for 0 of 6 family members (1 not asked, 2 not applicable, 3 not yet entered).',
    );
    expect(report.at).toBe('2023-03-31');
  });

  it('anonymises sample prose completely', () => {
    const anonymiser = createAnonymiser(loadAnonymisationRegister(review.db), { ageReferenceDate: '2023-03-31' });
    expect(
      anonymiser.text(
        "Kerry's partner Deano (Dean Croft) moved into 14 Larkspur Close, WM4 7QT. Leo was at Westmoor Primary School; Ruby (DOB 14/06/2019) was seen by Priya Natt and Dr Ferris. PC Bains attended. Sandra Ashdown and Mr Walsh were told.",
      ),
    ).toBe(
      "RM's partner Mr C (Mr C) moved into [address removed], [postcode removed]. Sibling R was at [school removed]; Child R (aged 3 years) was seen by HV1 and GP1. PC1 attended. MGM and RF were told.",
    );
  });
});
