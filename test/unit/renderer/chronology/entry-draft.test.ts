import { describe, expect, it } from 'vitest';
import { chronologyEntry, vagueDate } from '@test/helpers/chronology-entry';
import { draftFromEntry, patchFromDraft } from '@renderer/features/chronology/grid/entry-form/entry-draft';

const entry = chronologyEntry({
  id: 3,
  date: vagueDate('14/03/2021'),
  source: { document: 'Incident log', role: 'PC1', reference: null },
  summary: 'Call-out',
  analysis: 'First sign of escalation.',
  people: [{ personId: 5, role: 'alleged-perpetrator' }],
  childContact: [{ personId: 1, seen: 'no', seenAlone: 'no', spokenTo: 'no', viewsRecorded: 'unknown' }],
  sharedWith: [
    { agencyId: 2, agency: "Children's Social Care", when: vagueDate('Spring 2021'), how: 'MASH notification' },
  ],
  tags: ['domestic abuse'],
  significance: 'key',
});

describe('entry editor draft', () => {
  it('round-trips an entry into the API patch, keeping vague dates as written', () => {
    expect(patchFromDraft(draftFromEntry(entry))).toEqual({
      source: { document: 'Incident log', role: 'PC1', reference: null },
      analysis: 'First sign of escalation.',
      location: null,
      risk: null,
      tags: ['domestic abuse'],
      significance: 'key',
      people: [{ personId: 5, role: 'alleged-perpetrator' }],
      childContact: [{ personId: 1, seen: 'no', seenAlone: 'no', spokenTo: 'no', viewsRecorded: 'unknown' }],
      sharedWith: [{ agency: "Children's Social Care", when: 'Spring 2021', how: 'MASH notification' }],
    });
  });

  it('drops unfinished rows, repeated people and blank text', () => {
    const draft = {
      ...draftFromEntry(entry),
      tags: 'housing; housing, ,drugs',
      sourceDocument: '  ',
      people: [
        { personId: 5, role: 'present' as const },
        { personId: 0, role: 'victim' as const },
        { personId: 5, role: 'witness' as const },
      ],
      childContact: [],
      sharedWith: [
        { agency: ' ', when: '', how: '' },
        { agency: 'Housing ', when: ' ', how: '' },
      ],
      key: false,
    };
    expect(patchFromDraft(draft)).toMatchObject({
      source: { document: null },
      tags: ['housing', 'drugs'],
      significance: 'routine',
      people: [{ personId: 5, role: 'witness' }],
      childContact: [],
      sharedWith: [{ agency: 'Housing', when: null, how: null }],
    });
  });
});
