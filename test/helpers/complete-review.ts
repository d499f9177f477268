/**
 * Fills a review, through its API, with everything a publishable report needs: details, terms of
 * reference, every required section, a chronology with key entries, people with dates of birth
 * and every characteristic's state, a key practice episode, findings with analysis and evidence (two marked for the briefing), and
 * recommendations with owners and due dates, and a review panel. Tests then take one thing away at a time. Used by
 * the unit tests (dispatcher) and the end-to-end tests (browser edition) alike.
 */
import { richTextFromParagraphs } from '../../electron/shared/lexical/types';

export type Call = (method: string, args?: unknown) => Promise<unknown>;

export interface FilledReview {
  readonly findingIds: readonly number[];
  readonly recommendationIds: readonly number[];
  readonly entryIds: readonly number[];
}

export async function fillCompleteReview(call: Call): Promise<FilledReview> {
  await call('review.updateMeta', {
    partnership: 'Westmoor Safeguarding Children Partnership',
    author: 'A. Reviewer',
    scopeStart: '2019-01-01',
    scopeEnd: '2022-06-30',
  });
  await call('review.updateTermsOfReference', {
    termsOfReference: richTextFromParagraphs(['The review looks at how agencies worked together to protect Child T.']),
  });
  const sections = (await call('report.listSections')) as { key: string; editable: boolean }[];
  for (const s of sections.filter((x) => x.editable)) {
    await call('report.updateSectionText', {
      key: s.key,
      body: richTextFromParagraphs([`The reviewer's account for ${s.key}, written in full.`]),
    });
  }
  const entryIds: number[] = [];
  for (const entry of [
    {
      date: '03/02/2021',
      agency: 'Westmoor Police',
      summary: 'Officers attended a report of shouting at the family home. Child T was asleep and was not spoken to.',
      significance: 'key',
    },
    {
      date: '2021-07-02',
      agency: 'Westmoor Health Visiting',
      summary: 'Home visit by the health visitor; mother seen alone.',
      significance: 'key',
    },
    {
      date: 'Spring 2020',
      agency: 'Westmoor Children’s Social Care',
      summary: 'Referral closed with no further action.',
    },
  ]) {
    const added = (await call('chronology.add', entry)) as { id: number };
    entryIds.push(added.id);
  }

  const child = (await call('people.add', {
    realName: 'Tia Example',
    pseudonym: 'Child T',
    role: 'Subject child',
    relationshipToChild: 'Subject',
    dateOfBirth: '2021-11-20',
  })) as { id: number };
  const mother = (await call('people.add', {
    realName: 'Tara Example',
    pseudonym: 'TM',
    role: 'Mother',
    relationshipToChild: 'Mother',
    dateOfBirth: '1995-04-02',
  })) as { id: number };
  await call('people.updateCharacteristic', {
    personId: mother.id,
    characteristicId: 'religion-belief',
    state: 'recorded',
    value: { optionId: 'christian' },
  });
  await call('people.updateCharacteristic', {
    personId: mother.id,
    characteristicId: 'sexual-orientation',
    state: 'not-asked',
  });
  // Every characteristic of every family member has a state (age comes from the date of birth, and
  // the questions asked only from 16 are not applicable to the child): nothing is left unentered.
  const rest = ['disability', 'marriage-civil-partnership', 'pregnancy-maternity', 'race', 'sex'];
  for (const characteristicId of [...rest, 'religion-belief'])
    await call('people.updateCharacteristic', {
      personId: child.id,
      characteristicId,
      state: 'not-recorded-by-agencies',
    });
  for (const characteristicId of [...rest, 'gender-reassignment'])
    await call('people.updateCharacteristic', { personId: mother.id, characteristicId, state: 'unknown' });
  await call('chronology.addEpisode', {
    title: 'The call-out and the health visit',
    periodFrom: '03/02/2021',
    periodTo: '02/07/2021',
    analysis: 'Two agencies saw the family within five months and neither knew of the other’s contact.',
    entryIds: entryIds.slice(0, 2),
  });

  const findingIds: number[] = [];
  for (const [title, type] of [
    ['The child’s voice was not heard', 'new-learning'],
    ['Closures were not shared', 'established-learning'],
    ['Health visiting saw the mother alone', 'good-practice'],
  ] as const) {
    const added = (await call('findings.add', {
      title,
      type,
      inBriefing: type !== 'good-practice',
      body: richTextFromParagraphs([`Analysis: why "${title}" happened and what it means for practice.`]),
      evidence: [{ kind: 'entry', targetId: entryIds[findingIds.length % entryIds.length] }],
    })) as { id: number };
    findingIds.push(added.id);
  }
  // Only templates with a review panel table (DHR/DARDR) print these; the rest ignore them.
  await call('panel.add', { name: 'Pat Chairwoman', role: 'Independent chair and author', agency: 'Independent' });
  await call('panel.add', { name: 'Sam Lead', role: 'Detective inspector', agency: 'Westmoor Police' });
  const recommendationIds: number[] = [];
  for (const text of [
    'The partnership should make sure children are spoken to at every domestic abuse call-out.',
    'Agencies should tell each other when they close a case.',
  ]) {
    const added = (await call('recommendations.add', {
      text,
      ownerAgency: 'Westmoor Police',
      dueDate: '2027-03-31',
      findingIds: [findingIds[recommendationIds.length]],
    })) as { id: number };
    recommendationIds.push(added.id);
  }
  return { findingIds, recommendationIds, entryIds };
}
