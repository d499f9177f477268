import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chronologyHandlers } from '@api/chronology/handlers';
import { entriesByDate } from '@test/helpers/chronology-page';
import { listDuplicates } from '@core/chronology/duplicates';
import { addEntry } from '@core/chronology/entries';
import { applyImport, listImports, previewImport, readImport, rememberedMapping } from '@import/apply';
import type { ReviewContext } from '@api/handler-types';
import type { AppContext } from '@core/app/app-context';
import { reviewWithPeople, type ReviewWithPeople } from '@test/helpers/review';
import { INVALID_ROWS_REJECTED } from '@test/fixtures/chronology/invalid-rows';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../fixtures/chronology/${name}`, import.meta.url))));
const options = { skipInvalid: false, dryRun: false, rememberMapping: true };
const count = (fx: ReviewWithPeople, table: string) =>
  fx.raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
/** The change groups the test made (the fixture's setup is recorded as `create` groups). */
const testGroups = `change_group WHERE kind != 'create'`;

async function importFile(fx: ReviewWithPeople, name: string, agency: string, opts = options, bytes = fixture(name)) {
  const request = { fileName: name, bytes, agency };
  const { parsed } = await readImport(fx.review.db, request);
  return applyImport(fx.review, parsed, request, opts);
}

/** The event type of each entry, oldest first, as the grid lists them. */
function eventTypesByDate(fx: ReturnType<typeof reviewWithPeople>): (string | null)[] {
  const { rows } = entriesByDate(fx.review.db);
  return rows.map((r) => r.eventType);
}

const utf8 = (text: string) => new Uint8Array(Buffer.from(text));

describe('applying an import', () => {
  it('imports every row with provenance, one audit note and no per-row audit', async () => {
    const fx = reviewWithPeople();
    const report = await importFile(fx, 'police-return.csv', 'Westmoor Police');
    expect(report).toMatchObject({ imported: 4, rejected: [], dryRun: false, agency: 'Westmoor Police' });
    const { rows } = entriesByDate(fx.review.db);
    expect(rows.map((r) => r.date.original)).toEqual(['c. 2014', '12/09/2019', '22/02/2020', 'Spring 2021']);
    expect(rows[1]!.provenance).toEqual({
      file: 'police-return.csv',
      sheet: null,
      row: 5,
      agency: 'Westmoor Police',
      importedAt: report.importedAt,
      importId: report.importId,
    });
    expect(rows[1]!.sharedWith.map((s) => s.agency)).toEqual(["Children's Social Care"]);
    const audit = fx.raw
      .prepare(`SELECT table_name, action FROM audit_log WHERE group_id IN (SELECT id FROM ${testGroups})`)
      .all();
    expect(audit).toEqual([{ table_name: 'import_batch', action: 'import' }]);
    expect(fx.raw.prepare(`SELECT kind FROM ${testGroups}`).pluck().all()).toEqual(['import']);
  });

  it('imports nothing while any row is invalid, and lists every problem', async () => {
    const fx = reviewWithPeople();
    await expect(importFile(fx, 'invalid-rows.csv', 'Housing')).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/4 of 5 rows are invalid, so nothing was imported/),
      details: {
        problems: expect.arrayContaining([expect.objectContaining({ row: 3, column: 'Date', field: 'date' })]),
      },
    });
    expect(count(fx, 'entry')).toBe(0);
    expect(count(fx, 'import_batch')).toBe(0);
    expect(count(fx, 'agency')).toBe(0);
  });

  it('with skip-invalid imports the valid rows and keeps the rejected ones in the report in the file', async () => {
    const fx = reviewWithPeople();
    const report = await importFile(fx, 'invalid-rows.csv', 'Housing', { ...options, skipInvalid: true });
    expect(report.imported).toBe(1);
    expect(report.rejected.map((r) => [r.row, r.field])).toEqual(INVALID_ROWS_REJECTED);
    expect(report.rejected[0]!.raw).toBe('31/02/2022 | Home visit | A date that does not exist | ');
    const [kept] = listImports(fx.review.db);
    expect(kept).toMatchObject({ importId: report.importId, imported: 1, fileName: 'invalid-rows.csv' });
    expect(kept!.rejected).toEqual(report.rejected);
  });

  it('leaves the file unchanged when the transaction fails part-way', async () => {
    const fx = reviewWithPeople();
    fx.raw.exec(
      `CREATE TRIGGER fail_midway BEFORE INSERT ON entry WHEN NEW.summary LIKE 'Neighbour said%' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;`,
    );
    await expect(importFile(fx, 'police-return.csv', 'Westmoor Police')).rejects.toThrow(/disk trouble/);
    for (const table of ['entry', 'import_batch', 'agency', 'entry_shared_with', 'column_mapping', testGroups])
      expect(count(fx, table)).toBe(0);
    expect(fx.raw.prepare(`SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'domestic'`).pluck().get()).toBe(0);
  });

  it('a dry run validates and reports without writing', async () => {
    const fx = reviewWithPeople();
    const report = await importFile(fx, 'police-return.csv', 'Westmoor Police', { ...options, dryRun: true });
    expect(report).toMatchObject({ importId: null, imported: 4, dryRun: true });
    expect(count(fx, 'entry')).toBe(0);
    expect(count(fx, testGroups)).toBe(0);
  });

  it.each([
    {
      behaviour: 'adds unknown event types to the list and names them in the report',
      fileName: 'types.csv',
      csv: 'Date,Type,Summary\n01/03/2021,Welfare check,Officers checked on RM\n02/03/2021,welfare CHECK,Second check\n03/03/2021,home visit,Visit\n',
      byDate: ['Welfare check', 'Welfare check', 'Home visit'],
    },
    {
      behaviour: 'reads an event type written with extra spaces as the one already in the list',
      fileName: 'spaced.csv',
      csv: 'Date,Type,Summary\n01/03/2021,Home  visit,Visit one\n02/03/2021,Welfare   check,Officers checked on RM\n03/03/2021,welfare check,Second check\n',
      byDate: ['Home visit', 'Welfare check', 'Welfare check'],
    },
  ])('$behaviour', async ({ fileName, csv, byDate }) => {
    const fx = reviewWithPeople();
    const report = await importFile(fx, fileName, 'Westmoor Police', options, utf8(csv));
    expect(report.newEventTypes).toEqual(['Welfare check']);
    expect(eventTypesByDate(fx)).toEqual(byDate);
  });

  it('remembers the mapping per agency and uses it for the next file', async () => {
    const fx = reviewWithPeople();
    const mapping = { date: 'When', summary: 'What happened', sourceRole: 'Who' };
    const request = {
      fileName: 'health.csv',
      bytes: fixture('health-custom-headers.csv'),
      agency: 'Health Visiting',
      mapping,
    };
    const { parsed } = await readImport(fx.review.db, request);
    applyImport(fx.review, parsed, request, options);
    expect(rememberedMapping(fx.review.db, 'health visiting')).toEqual(mapping);
    const again = await readImport(fx.review.db, {
      fileName: 'health2.csv',
      bytes: fixture('health-custom-headers.csv'),
      agency: 'Health Visiting',
    });
    expect(again.remembered).toBe(true);
    expect(previewImport(fx.review.db, again.parsed, 'Health Visiting', again.remembered)).toMatchObject({
      mappingRemembered: true,
      mapping,
      validRows: 1,
    });
    // Another agency's file is detected afresh.
    expect(
      (
        await readImport(fx.review.db, {
          fileName: 'p.csv',
          bytes: fixture('police-return.csv'),
          agency: 'Westmoor Police',
        })
      ).remembered,
    ).toBe(false);
  });

  it('flags likely duplicates across agencies for the reviewer, never merging them', async () => {
    const fx = reviewWithPeople();
    const existing = fx.review.write('Add', (db) =>
      addEntry(db, {
        date: '14/09/2019',
        agency: "Children's Social Care",
        summary: 'Police notification received: domestic incident at Larkspur Close, neighbour reported shouting',
      }),
    );
    const request = { fileName: 'police-return.csv', bytes: fixture('police-return.csv'), agency: 'Westmoor Police' };
    const { parsed } = await readImport(fx.review.db, request);
    const preview = previewImport(fx.review.db, parsed, 'Westmoor Police', false);
    expect(preview.duplicates).toEqual([
      expect.objectContaining({
        row: 5,
        newEntryId: null,
        existingEntryId: existing.id,
        existingAgency: "Children's Social Care",
      }),
    ]);
    const report = applyImport(fx.review, parsed, request, options);
    expect(report.duplicates).toHaveLength(1);
    expect(report.duplicates[0]!.newEntryId).not.toBeNull();
    expect(listDuplicates(fx.review.db, 'open')).toEqual([
      expect.objectContaining({ entryA: existing.id, entryB: report.duplicates[0]!.newEntryId, status: 'open' }),
    ]);
    expect(count(fx, 'entry')).toBe(5);
  });

  it('runs through the API handlers with base64 bytes', async () => {
    const fx = reviewWithPeople();
    const ctx = { review: fx.review, app: {} as AppContext } satisfies ReviewContext;
    const bytesBase64 = Buffer.from(fixture('semicolon.csv')).toString('base64');
    const preview = await chronologyHandlers['chronology.importPreview'](ctx, {
      fileName: 'semicolon.csv',
      bytesBase64,
      agency: 'Health Visiting',
    });
    expect(preview).toMatchObject({
      totalRows: 2,
      validRows: 2,
      source: { delimiter: ';' },
      detectedMapping: { date: 'Date', agency: 'Agency', summary: 'Summary', outcome: 'Outcome' },
    });
    expect(preview.rows.map((r) => r.dateText)).toEqual(['3 Feb 2021', 'May 2014']);
    const report = await chronologyHandlers['chronology.importApply'](ctx, {
      fileName: 'semicolon.csv',
      bytesBase64,
      agency: 'Health Visiting',
      skipInvalid: false,
      dryRun: false,
      rememberMapping: true,
    });
    expect(report.imported).toBe(2);
    expect(await chronologyHandlers['chronology.listImports'](ctx, {})).toHaveLength(1);
  });
});
