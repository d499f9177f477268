import { describe, expect, it } from 'vitest';
import { appendixRows } from '@export/report/blocks/chronology';
import { draftText } from '@export/report/sources';
import { sampleEntries } from '@test/fixtures/reports/sources';

describe('the draft chronology appendix', () => {
  it('carries location, risk, whether the child was seen and every column kept word for word', () => {
    const entry = {
      ...sampleEntries[0]!,
      location: '14 Larkspur Close',
      risk: { tool: 'DASH', level: 'high' },
      childContact: [
        {
          personId: null,
          seen: 'yes' as const,
          seenAlone: 'no' as const,
          spokenTo: 'unknown' as const,
          viewsRecorded: 'unknown' as const,
        },
      ],
      extraFields: [{ name: 'Conveyed (Y/N)', value: 'N', raw: null }],
    };
    const [row] = appendixRows([entry], draftText([]));
    expect(row!.event).toContain('Location: 14 Larkspur Close.');
    expect(row!.event).toContain('Risk assessment: DASH high.');
    expect(row!.event).toContain('Child seen yes, seen alone no, spoken to not recorded.');
    expect(row!.event).toContain('Conveyed (Y/N): N');
    // An entry with nothing extra reads as before.
    expect(appendixRows([sampleEntries[0]!], draftText([]))[0]!.event).toBe(`Home visit: ${sampleEntries[0]!.summary}`);
  });
});
