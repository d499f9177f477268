import { describe, expect, it } from 'vitest';
import { applyImport, listImports, readImport } from '@import/apply';
import { readTriState } from '@import/parse/tri-state';
import { reviewWithPeople, type ReviewWithPeople } from '@test/helpers/review';
import { HOUSE_STYLES } from '@test/fixtures/house-styles/house-styles';

const options = { skipInvalid: false, dryRun: false, rememberMapping: false };

/** Every word the review file holds about its entries: fields, names, extra fields, import report. */
function reviewText(fx: ReviewWithPeople): string {
  const parts: string[] = [];
  const tables = [
    `SELECT e.date_original, e.time, e.summary, e.action_taken, e.outcome, e.analysis, e.location, e.risk_tool, e.risk_level,
            e.source_document, e.source_role, e.source_reference, a.name, t.name FROM entry e JOIN agency a ON a.id = e.agency_id
            LEFT JOIN event_type t ON t.id = e.event_type_id`,
    'SELECT name, value, raw FROM entry_extra_field',
    'SELECT columns_json FROM import_batch',
  ];
  for (const sql of tables)
    for (const row of fx.raw.prepare(sql).raw().all() as unknown[][])
      parts.push(...row.filter((v): v is string => typeof v === 'string'));
  return parts.join('\n');
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('agency exports in different house styles', () => {
  for (const style of HOUSE_STYLES) {
    it(`${style.name} (${style.style}): every column lands where it should and no text is lost`, async () => {
      const fx = reviewWithPeople();
      const request = { fileName: style.name, bytes: await style.bytes(), agency: style.agency };
      const { parsed } = await readImport(fx.review.db, request);
      expect(parsed.fileProblems).toEqual([]);
      const destinations = Object.fromEntries(
        parsed.columnFates.map((f) => [f.header, f.fate === 'field' ? f.field : f.fate]),
      );
      expect(destinations).toEqual(style.destinations);

      const report = applyImport(fx.review, parsed, request, options);
      const dataRows = style.rows.filter((row) => row.some((cell) => cell !== ''));
      expect(report.imported).toBe(dataRows.length);

      const text = squash(reviewText(fx));
      const childColumns = new Map(
        parsed.columnFates.flatMap((f) =>
          f.fate === 'field' && (f.field === 'childSeen' || f.field === 'childSeenAlone' || f.field === 'childSpokenTo')
            ? [[f.header, f.field] as const]
            : [],
        ),
      );
      for (const header of style.header) if (header !== '') expect(text).toContain(squash(header));
      for (const row of dataRows) {
        style.header.forEach((header, index) => {
          const cell = row[index] ?? '';
          if (cell === '' || childColumns.has(header)) return;
          // A formula is kept as written; its visible text is what the reviewer reads.
          expect(text, `${style.name}, column ${header}`).toContain(squash(cell));
        });
      }
      // Titles above the header and other sheets' text are kept with the import, read back from the file.
      const [stored] = listImports(fx.review.db);
      expect(stored!.sourceNotes.notesAboveHeader).toEqual(style.aboveHeader ?? []);
      expect(stored!.sourceNotes.otherSheets).toEqual(style.otherSheets ?? []);
      for (const line of [
        ...(style.aboveHeader ?? []),
        ...(style.otherSheets ?? []).flatMap((s) => [s.sheet, ...s.lines]),
      ]) {
        for (const word of line.split(/[\s|]+/).filter((w) => w !== ''))
          expect(text, `${style.name}: "${word}" is kept`).toContain(word);
      }
      // Yes/no columns are stored as answers, read back per row in file order.
      if (childColumns.size > 0) {
        const contacts = fx.raw
          .prepare(
            'SELECT c.seen, c.seen_alone, c.spoken_to FROM entry_child_contact c JOIN entry e ON e.id = c.entry_id WHERE c.person_id IS NULL ORDER BY e.source_row',
          )
          .all() as { seen: string; seen_alone: string; spoken_to: string }[];
        expect(contacts).toHaveLength(dataRows.length);
        dataRows.forEach((row, r) => {
          for (const [header, field] of childColumns) {
            const cell = row[style.header.indexOf(header)] ?? '';
            const stored =
              field === 'childSeen'
                ? contacts[r]!.seen
                : field === 'childSeenAlone'
                  ? contacts[r]!.seen_alone
                  : contacts[r]!.spoken_to;
            expect(stored, `${style.name}, row ${r + 1}, ${header}`).toBe(readTriState(cell).value);
          }
        });
      }
    });
  }
});

describe('suggested event types', () => {
  it('are shown as suggested in the preview and used only when the reviewer accepts them', async () => {
    const { previewImport } = await import('@import/apply');
    const style = HOUSE_STYLES.find((s) => s.name === 'housing-tenancy-notes.csv')!;
    const fx = reviewWithPeople();
    const request = { fileName: style.name, bytes: await style.bytes(), agency: style.agency };
    const { parsed } = await readImport(fx.review.db, request);
    const preview = previewImport(fx.review.db, parsed, style.agency, false);
    expect(preview.rows.map((r) => [r.eventType, r.eventTypeSuggested])).toEqual([
      [null, false],
      [null, false],
      ['Referral', true],
    ]);
    applyImport(fx.review, parsed, request, { ...options, acceptSuggestedEventTypes: false });
    expect(fx.raw.prepare('SELECT count(*) FROM entry WHERE event_type_id IS NOT NULL').pluck().get()).toBe(0);
    applyImport(fx.review, parsed, request, { ...options, acceptSuggestedEventTypes: true });
    expect(
      fx.raw.prepare(`SELECT t.name FROM entry e JOIN event_type t ON t.id = e.event_type_id`).pluck().all(),
    ).toEqual(['Referral']);
  });
});
