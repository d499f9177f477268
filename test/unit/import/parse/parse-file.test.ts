import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { parseChronology } from '@import/parse';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../fixtures/chronology/${name}`, import.meta.url))));

describe('parseChronology', () => {
  it('reads a police return with title rows, quoted newlines and vague dates', async () => {
    const parsed = await parseChronology({ fileName: 'police-return.csv', bytes: fixture('police-return.csv') });
    expect(parsed.source).toEqual({ format: 'csv', encoding: 'utf-8', delimiter: ',', sheet: null, headerRow: 4 });
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => [r.row, r.date?.original, r.date?.precision, r.time])).toEqual([
      [5, '12/09/2019', 'day', '23:40'],
      [6, '22/02/2020', 'day', '01:15'],
      [7, 'Spring 2021', 'season', null],
      [8, 'c. 2014', 'year', null],
    ]);
    expect(parsed.rows[0]).toMatchObject({
      eventType: 'Police call-out',
      actionTaken: 'DASH completed: standard risk',
      sourceRole: 'PC1',
      sharedWith: ["Children's Social Care"],
    });
    expect(parsed.columns.find((c) => c.header === 'Officer')!.samples).toEqual(['PC1', 'PC1', 'Control room']);
  });

  it('reads semicolon files with an agency column and tab files with ISO and Excel serial dates', async () => {
    const semi = await parseChronology({ fileName: 'semicolon.csv', bytes: fixture('semicolon.csv') });
    expect(semi.rows.map((r) => [r.date?.edtf, r.agency, r.summary])).toEqual([
      ['2021-02-03', 'Health Visiting', 'Home visit, Child R seen'],
      ['2014-05', 'Health Visiting', 'Missed appointment; letter sent'],
    ]);
    const tab = await parseChronology({ fileName: 'tab.csv', bytes: fixture('tab.csv') });
    expect(tab.source.delimiter).toBe('\t');
    expect(tab.rows.map((r) => r.date?.edtf)).toEqual(['2021-02-03', '2021-02-03']);
    expect(tab.rows[0]!.summary).toBe('Contact with school, "quoted" words');
  });

  it('reads a Windows-1252 file written by iconv-lite', async () => {
    const csv = 'Date,Summary\r\n03/02/2021,Zoë’s “home visit” – no concerns\r\n';
    const parsed = await parseChronology({ fileName: 'ansi.csv', bytes: new Uint8Array(iconv.encode(csv, 'win1252')) });
    expect(parsed.source.encoding).toBe('windows-1252');
    expect(parsed.rows[0]!.summary).toBe('Zoë’s “home visit” – no concerns');
  });

  it('reports every invalid row with file, row, column, field and reason', async () => {
    const parsed = await parseChronology({ fileName: 'invalid-rows.csv', bytes: fixture('invalid-rows.csv') });
    expect(parsed.problems).toEqual([
      {
        file: 'invalid-rows.csv',
        row: 3,
        column: 'Date',
        field: 'date',
        reason: expect.stringMatching(/31 February 2022 does not exist/),
      },
      { file: 'invalid-rows.csv', row: 4, column: 'Date', field: 'date', reason: 'the date is missing' },
      {
        file: 'invalid-rows.csv',
        row: 5,
        column: 'Summary',
        field: 'summary',
        reason:
          'the Summary column ("Summary") is empty in this row although other columns hold text; choose the column that says what happened, or fill it in',
      },
      {
        file: 'invalid-rows.csv',
        row: 6,
        column: 'Key event',
        field: 'significance',
        reason: '"maybe" is neither key nor routine (use "key" or leave empty)',
      },
    ]);
    expect(parsed.rows[0]).toMatchObject({ row: 2, significance: 'key', problems: [] });
  });

  it('uses a given mapping and reports mapping columns the file lacks', async () => {
    const mapping = { date: 'When', summary: 'What happened', sourceRole: 'Who' };
    const parsed = await parseChronology({
      fileName: 'health.csv',
      bytes: fixture('health-custom-headers.csv'),
      mapping,
    });
    expect(parsed.rows[0]).toMatchObject({ summary: 'Health visitor home visit', sourceRole: 'HV1' });
    expect(parsed.rows[0]!.date?.edtf).toBe('2021-03-01');
    const wrong = await parseChronology({
      fileName: 'health.csv',
      bytes: fixture('health-custom-headers.csv'),
      mapping: { date: 'Date', summary: 'What happened' },
    });
    expect(wrong.fileProblems.map((p) => p.reason)).toEqual([
      'the mapping names a column "Date" that the file does not have',
      'no column holds the dates of events (the columns are: When, What happened, Who)',
    ]);
    expect(wrong.rows).toEqual([]);
  });

  it('refuses an empty file and a misnamed workbook', async () => {
    await expect(parseChronology({ fileName: 'empty.csv', bytes: new Uint8Array() })).rejects.toThrow(
      /the file is empty/,
    );
    await expect(
      parseChronology({ fileName: 'fake.xlsx', bytes: new Uint8Array(Buffer.from('Date,Summary\n')) }),
    ).rejects.toThrow(/not an Excel workbook/);
  });

  it('reads an XLSX written with write-excel-file: title row, real dates, text dates, numbers and times', async () => {
    const bytes = await writeXlsxFile([
      [{ value: 'Westmoor Primary School chronology' }],
      [{ value: 'Date' }, { value: 'Time' }, { value: 'Summary' }, { value: 'Key' }],
      [
        { value: new Date(Date.UTC(2021, 1, 3)), type: Date, format: 'dd/mm/yyyy' },
        { value: '09:15' },
        { value: 'Sibling R late to school' },
        { value: 'no' },
      ],
      [{ value: 'Autumn 2021' }, null, { value: '=HYPERLINK("x")' }, { value: 'yes' }],
      [{ value: 44230, type: Number }, null, { value: 'Serial date stored as a number' }, null],
    ]).toBuffer();
    const parsed = await parseChronology({ fileName: 'school.xlsx', bytes: new Uint8Array(bytes) });
    expect(parsed.source).toMatchObject({ format: 'xlsx', sheet: expect.any(String), headerRow: 2 });
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => [r.row, r.date?.original, r.date?.edtf, r.time, r.significance])).toEqual([
      [3, '03/02/2021', '2021-02-03', '09:15', 'routine'],
      [4, 'Autumn 2021', '2021-23', null, 'key'],
      [5, '44230', '2021-02-03', null, 'routine'],
    ]);
    // A formula keeps its visible text; the formula as written stays beside it, never as a live formula.
    expect(parsed.rows[1]!.summary).toBe('x');
    expect(parsed.rows[1]!.extraFields).toEqual([
      { name: 'Summary (formula as written)', value: '=HYPERLINK("x")', raw: '=HYPERLINK("x")' },
    ]);
  });

  it('keeps a long notes sheet up to 2,000 lines and says how many more rows it did not keep', async () => {
    const notes = Array.from({ length: 2005 }, (_, i) => [{ value: `Note ${i + 1}` }, null, { value: 'checked' }]);
    const bytes = await writeXlsxFile([
      {
        sheet: 'Chronology',
        data: [
          [{ value: 'Date' }, { value: 'Summary' }],
          [{ value: '03/02/2021' }, { value: 'Home visit' }],
        ],
      },
      { sheet: 'Notes', data: notes },
    ]).toBuffer();
    const parsed = await parseChronology({ fileName: 'notes.xlsx', bytes: new Uint8Array(bytes), sheet: 'Chronology' });
    const [sheet] = parsed.sourceNotes.otherSheets;
    expect(sheet!.sheet).toBe('Notes');
    expect(sheet!.lines).toHaveLength(2001);
    expect(sheet!.lines[0]).toBe('Note 1 | checked');
    expect(sheet!.lines[2000]).toBe('(5 more rows of this sheet were not kept; open the workbook to read them)');
    expect(parsed.sourceNotes.notesAboveHeader).toEqual([]);
  });
});
