import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyImport, readImport } from '@import/apply';
import { reviewWithPeople } from '@test/helpers/review';

/**
 * The five fictional agency exports shared by the team (copied from ../shared/fixtures/agency-exports), run
 * against their expected.json: rows kept, where each column goes, and words findable afterwards.
 */
const DIR = fileURLToPath(new URL('../../../fixtures/agency-exports/', import.meta.url));
interface Expected {
  readonly agency: string;
  readonly rows: number;
  readonly columns: Readonly<Record<string, string>>;
  readonly mustContain: readonly string[];
}
const expected = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as { files: Record<string, Expected> };

/** expected.json describes concepts in words; these are the destinations each concept allows. */
function allowed(concept: string): readonly string[] {
  const c = concept.toLowerCase();
  if (c.startsWith('ignored')) return ['empty'];
  if (c.startsWith('kept') || c.startsWith('person involved')) return ['extra'];
  if (c.startsWith('date')) return ['date'];
  if (c.startsWith('event type')) return ['eventType'];
  if (c.startsWith('narrative')) return ['summary'];
  if (c.startsWith('action taken')) return ['actionTaken'];
  if (c.startsWith('practitioner role')) return ['sourceRole'];
  if (c.startsWith('outcome')) return ['outcome'];
  if (c.startsWith('child seen alone')) return ['childSeenAlone'];
  if (c.startsWith('child seen')) return ['childSeen'];
  if (c.startsWith("child's voice")) return ['childSpokenTo', 'extra'];
  throw new Error(`No destination known for "${concept}"`);
}

describe('the shared agency exports', () => {
  for (const [name, file] of Object.entries(expected.files)) {
    it(`${name}: ${file.rows} rows, columns as expected, key words findable`, async () => {
      const fx = reviewWithPeople();
      const request = { fileName: name, bytes: new Uint8Array(readFileSync(`${DIR}${name}`)), agency: file.agency };
      const { parsed } = await readImport(fx.review.db, request);
      const fates = new Map(parsed.columnFates.map((f) => [f.header, f.fate === 'field' ? f.field : f.fate]));
      for (const [header, concept] of Object.entries(file.columns)) {
        const actual = header.startsWith('(empty header')
          ? parsed.columnFates.find((f) => f.header.startsWith('Column '))?.fate
          : fates.get(header);
        expect(allowed(concept), `${name}: column ${header}`).toContain(actual);
      }
      const report = applyImport(fx.review, parsed, request, {
        skipInvalid: false,
        dryRun: false,
        rememberMapping: false,
      });
      expect(report.imported).toBe(file.rows);
      for (const words of file.mustContain) {
        const found = fx.raw
          .prepare(
            `SELECT count(*) FROM entry e WHERE instr(e.summary || ' ' || e.action_taken || ' ' || e.outcome, ?) > 0
             OR EXISTS (SELECT 1 FROM entry_extra_field x WHERE x.entry_id = e.id AND instr(x.value, ?) > 0)`,
          )
          .pluck()
          .get(words, words) as number;
        expect(found, `${name}: "${words}"`).toBeGreaterThan(0);
      }
    });
  }
});
