import { describe, expect, it } from 'vitest';
import type { ChronologyEntry } from '@shared/domain/chronology';
import { chronologyEntry, vagueDate } from '@test/helpers/chronology-entry';
import { entryReadingRows, termFromKey } from '@renderer/features/chronology/grid/entry-reading';

const entry = chronologyEntry({
  id: 7,
  date: vagueDate('Spring 2021'),
  time: '23:05',
  agencyId: 2,
  source: { document: null, role: 'PC 1', reference: 'WP/22/1' },
  eventTypeId: 3,
  eventType: 'Police call-out',
  summary: 'Call to the family home.',
  outcome: 'Referred to children’s social care.',
  people: [{ personId: 1, role: 'alleged-perpetrator' }],
  childContact: [{ personId: 2, seen: 'yes', seenAlone: 'no', spokenTo: 'unknown', viewsRecorded: 'no' }],
  significance: 'key',
});

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
    expect(rows.find((r) => r.term === 'Child contact')?.value).toBe(
      'Child R: seen yes, seen alone no, spoken to not known, views recorded no',
    );
    expect(rows.find((r) => r.term === 'Significance')?.value).toBe('Key entry');
    expect(rows.map((r) => r.value).join(' ')).not.toMatch(/alleged-perpetrator|\b7\b/);
  });

  it("shows the agency's extra columns under their own headings, the risk assessment, and a field added later without being told about it", () => {
    const extended = {
      ...entry,
      location: 'Family home',
      risk: { tool: 'DASH', level: 'high' },
      extraFields: [{ name: 'Worker team', value: 'North locality', raw: null }],
      childContact: [{ personId: null, seen: 'yes', seenAlone: 'no', spokenTo: 'no', viewsRecorded: 'unknown' }],
      riskReviewDate: 'next month',
    } as unknown as ChronologyEntry;
    const rows = entryReadingRows(extended, lookups);
    expect(rows).toContainEqual({ term: 'Worker team', value: 'North locality', long: false });
    expect(rows).toContainEqual({ term: 'Risk assessment', value: 'DASH: high' });
    expect(rows).toContainEqual({ term: 'Location', value: 'Family home', long: false });
    expect(rows.find((r) => r.term === 'Child contact')?.value).toBe(
      'The child (not named in the record): seen yes, seen alone no, spoken to no, views recorded not known',
    );
    expect(rows).toContainEqual({ term: 'Risk review date', value: 'next month', long: false });
    expect(termFromKey('seen_alone')).toBe('Seen alone');
  });
});
