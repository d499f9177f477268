import { describe, expect, it } from 'vitest';
import type { ChronologyEntry } from '../../../../electron/shared/domain/chronology';
import { parseVagueDate } from '../../../../electron/shared/dates';
import { entryReadingRows, termFromKey } from '../../../../renderer/src/features/chronology/grid/entry-reading';

function date(text: string) {
  const parsed = parseVagueDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

const entry: ChronologyEntry = {
  id: 7,
  date: date('Spring 2021'),
  time: '23:05',
  endDate: null,
  agencyId: 2,
  agency: 'Westmoor Police',
  source: { document: null, role: 'PC 1', reference: 'WP/22/1' },
  eventTypeId: 3,
  eventType: 'Police call-out',
  summary: 'Call to the family home.',
  actionTaken: '',
  outcome: 'Referred to children’s social care.',
  analysis: '',
  people: [{ personId: 1, role: 'alleged-perpetrator' }],
  childContact: [{ personId: 2, seen: 'yes', seenAlone: 'no', spokenTo: 'unknown', viewsRecorded: 'no' }],
  sharedWith: [],
  tags: [],
  significance: 'key',
  episodeIds: [],
  provenance: null,
  linkedEntryIds: [],
};

const lookups = { personName: (id: number) => (id === 1 ? 'Mr C' : 'Child R') };

describe('the reading pane shows every field of an entry in words', () => {
  it('shows the known fields in words and leaves out internal keys and empty fields', () => {
    const rows = entryReadingRows(entry, lookups);
    const terms = rows.map((r) => r.term);
    expect(terms).toContain('Date as written');
    expect(terms).toContain('Practitioner role');
    expect(terms).toContain('Source reference');
    expect(terms).not.toContain('Id');
    expect(terms).not.toContain('Agency id');
    expect(terms).not.toContain('Action taken');
    expect(rows.find((r) => r.term === 'Child contact')?.value).toBe('Child R: seen yes, seen alone no, spoken to not known, views recorded no');
    expect(rows.find((r) => r.term === 'Significance')?.value).toBe('Key entry');
    expect(rows.map((r) => r.value).join(' ')).not.toMatch(/alleged-perpetrator|\b7\b/);
  });

  it('shows a field added later (and extra fields under their own names) without being told about it', () => {
    const extended = { ...entry, riskLevel: 'High', childSeenAlone: true, extraFields: { 'Worker team': 'North locality' } } as ChronologyEntry;
    const rows = entryReadingRows(extended, lookups);
    expect(rows).toContainEqual({ term: 'Risk level', value: 'High', long: false });
    expect(rows).toContainEqual({ term: 'Child seen alone', value: 'Yes', long: false });
    expect(rows).toContainEqual({ term: 'Worker team', value: 'North locality', long: false });
    expect(termFromKey('seen_alone')).toBe('Seen alone');
  });
});
