import { describe, expect, it } from 'vitest';
import type { ChronologyEntry } from '@shared/domain/chronology';
import { parseVagueDate } from '@shared/dates';
import { draftFromEntry, patchFromDraft } from '@renderer/features/chronology/grid/entry-form/entry-draft';

function vague(text: string) {
  const parsed = parseVagueDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

const entry: ChronologyEntry = {
  id: 3,
  date: vague('14/03/2021'),
  time: null,
  endDate: null,
  agencyId: 1,
  agency: 'Westmoor Police',
  source: { document: 'Incident log', role: 'PC1', reference: null },
  eventTypeId: null,
  eventType: null,
  summary: 'Call-out',
  actionTaken: '',
  outcome: '',
  analysis: 'First sign of escalation.',
  people: [{ personId: 5, role: 'alleged-perpetrator' }],
  childContact: [{ personId: 1, seen: 'no', seenAlone: 'no', spokenTo: 'no', viewsRecorded: 'unknown' }],
  sharedWith: [{ agencyId: 2, agency: "Children's Social Care", when: vague('Spring 2021'), how: 'MASH notification' }],
  tags: ['domestic abuse'],
  location: null,
  risk: null,
  extraFields: [],
  significance: 'key',
  episodeIds: [],
  provenance: null,
  linkedEntryIds: [],
};

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
