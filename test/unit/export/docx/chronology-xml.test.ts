import { describe, expect, it } from 'vitest';
import { chunkCaption, chunkChronology, MAX_ROWS_PER_TABLE } from '@export/docx/chronology-xml';
import { chronologyTableXml } from '@test/helpers/chronology-table-xml';
import { DEFAULT_STYLE } from '@export/report/model';
import { fictionalChronology } from '@test/fixtures/reports/sample-model';

describe('chronology appendix tables', () => {
  it('splits per year and at most 500 rows a table, keeping every row once and in order', () => {
    const rows = fictionalChronology(3000);
    const chunks = chunkChronology(rows);
    expect(chunks.every((c) => c.rows.length <= MAX_ROWS_PER_TABLE && c.rows.length > 0)).toBe(true);
    expect(chunks.every((c) => c.rows.every((r) => r.year === c.year))).toBe(true);
    expect(chunks.flatMap((c) => c.rows.map((r) => r.entryId))).toEqual(rows.map((r) => r.entryId));
    const years = new Set(chunks.map((c) => c.year));
    expect(years).toEqual(new Set(['2019', '2020', '2021', '2022', '2023']));
    const first = chunks[0]!;
    expect(chunkCaption(first, rows.length)).toBe(`Chronology 2019: entries 1–${first.rows.length} of 3000`);
    const split = chunks.find((c) => c.parts > 1)!;
    expect(chunkCaption(split, rows.length)).toMatch(/^Chronology \d{4} \(part \d of \d\): entries \d+–\d+ of 3000$/);
  });

  it('writes a repeated header row, a bookmark per entry and escaped, cleaned text', () => {
    const [chunk] = chunkChronology([
      {
        entryId: '7',
        date: '2021-02-03',
        year: '2021',
        agency: 'A & B <x>',
        event: 'Bell\u0007 rang\nthen stopped',
        outcome: '',
        significance: '',
      },
    ]);
    const xml = chronologyTableXml(chunk!, DEFAULT_STYLE, 'caption "q"', { next: 5 });
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:bookmarkStart w:id="5" w:name="cw_e_7"/>');
    expect(xml).toContain('A &amp; B &lt;x&gt;');
    expect(xml).toContain('Bell rang</w:t></w:r><w:r><w:br/></w:r>');
    expect(xml).toContain('w:val="caption &quot;q&quot;"');
    expect(xml).not.toContain('\u0007');
  });
});
