import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyImport, listImports, readImport, removeImport, restoreImport } from '@import/apply';
import { createReviewHandle } from '@core/store/review-handle';
import { configure } from '@core/store/open-review-file';
import { entriesByDate } from '@test/helpers/chronology-page';
import { runCli } from '@cli/run';
import { reviewWithPeople, type ReviewWithPeople } from '@test/helpers/review';
import { HOUSE_STYLES } from '@test/fixtures/house-styles/house-styles';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { tempDir } from '@test/helpers/review-file';

const count = (fx: ReviewWithPeople, sql: string) => fx.raw.prepare(sql).pluck().get() as number;
const search = (fx: ReviewWithPeople, text: string) => entriesByDate(fx.review.db, { text }).total;

async function importStyle(fx: ReviewWithPeople, name: string): Promise<number> {
  const style = HOUSE_STYLES.find((s) => s.name === name)!;
  const request = { fileName: style.name, bytes: await style.bytes(), agency: style.agency };
  const { parsed } = await readImport(fx.review.db, request);
  return applyImport(fx.review, parsed, request, { skipInvalid: false, dryRun: false, rememberMapping: false })
    .importId!;
}

describe('taking an import out again', () => {
  it('removes the batch with its extra fields and child contact, and Undo / Redo / restore bring it back', async () => {
    const fx = reviewWithPeople();
    const housing = await importStyle(fx, 'housing-tenancy-notes.csv');
    const csc = await importStyle(fx, 'csc-contacts-semicolon.csv');
    expect(count(fx, 'SELECT count(*) FROM entry')).toBe(6);
    expect(search(fx, 'arrears stage')).toBe(1); // found in a kept column (extra field)

    fx.review.write('Remove an import', (db) => removeImport(db, housing, fx.review.actor()));
    expect(count(fx, 'SELECT count(*) FROM entry')).toBe(3);
    expect(count(fx, 'SELECT count(*) FROM entry_extra_field')).toBe(0);
    expect(search(fx, 'arrears stage')).toBe(0);
    expect(listImports(fx.review.db).find((r) => r.importId === housing)!.removedAt).not.toBeNull();
    const audit = fx.raw
      .prepare(`SELECT action FROM audit_log WHERE table_name = 'import_batch' AND action = 'remove-import'`)
      .pluck()
      .all();
    expect(audit).toEqual(['remove-import']);

    expect(fx.review.history()).toMatchObject({ canUndo: true, undoLabel: 'Remove an import' });
    fx.review.undo();
    expect(count(fx, 'SELECT count(*) FROM entry')).toBe(6);
    expect(search(fx, 'arrears stage')).toBe(1);
    expect(listImports(fx.review.db).find((r) => r.importId === housing)!.removedAt).toBeNull();
    fx.review.redo();
    expect(count(fx, 'SELECT count(*) FROM entry')).toBe(3);

    // Child contact of the other batch goes and comes back whole too.
    fx.review.write('Remove an import', (db) => removeImport(db, csc, fx.review.actor()));
    expect(count(fx, 'SELECT count(*) FROM entry_child_contact')).toBe(0);
    expect(() => fx.review.write('Remove an import', (db) => removeImport(db, csc, fx.review.actor()))).toThrow(
      /already taken out/,
    );

    // Opened afresh (as after closing and reopening), Undo still offers the removal, and it can also be put back by hand.
    const path = fx.review.path;
    const raw = new Database(path);
    configure(raw);
    const reopened = createReviewHandle('reopened', path, raw, () => 'Test Reviewer');
    try {
      expect(reopened.history()).toMatchObject({ canUndo: true, undoLabel: 'Remove an import' });
      reopened.write('Put back an import', (db) => restoreImport(db, csc));
      reopened.write('Put back an import', (db) => restoreImport(db, housing));
      expect(raw.prepare('SELECT count(*) FROM entry').pluck().get()).toBe(6);
      expect(raw.prepare('SELECT count(*) FROM entry_child_contact WHERE person_id IS NULL').pluck().get()).toBe(3);
      expect(
        raw.prepare(`SELECT count(*) FROM entry_extra_fts WHERE entry_extra_fts MATCH '"arrears"'`).pluck().get(),
      ).toBe(1);
    } finally {
      reopened.close();
    }
  });

  it('casewright import undo and import restore work on the file', async () => {
    const dir = tempDir('casewright-import-undo-');
    const home = join(dir, 'home');
    const file = join(dir, 'child-h.cwr');
    expect((await runCli(['new', file, '--title', 'Child H'], { home })).code).toBe(0);
    const style = HOUSE_STYLES.find((s) => s.name === 'police-incidents-1252.csv')!;
    const source = join(dir, style.name);
    writeFileSync(source, await style.bytes());
    const imported = await runCli(['import', file, source, '--agency', style.agency, '--json'], { home });
    expect(imported.code, imported.stderr).toBe(0);
    const report = JSON.parse(imported.stdout) as {
      importId: number;
      extraFields: string[];
      unmappedColumns: unknown[];
    };
    expect(report.extraFields).toEqual([]);
    expect(report.unmappedColumns).toEqual([]);
    const undone = await runCli(['import', 'undo', file, String(report.importId)], { home });
    expect(undone.code, undone.stderr).toBe(0);
    expect(undone.stdout).toMatch(
      /Took out the import of police-incidents-1252\.csv \(Westmoor Police\): 3 entries removed/,
    );
    const restored = await runCli(['import', 'restore', file, String(report.importId)], { home });
    expect(restored.stdout).toMatch(/Put back the import of police-incidents-1252\.csv \(Westmoor Police\): 3 entries/);
    const missing = await runCli(['import', 'undo', file, '99'], { home });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/There is no import 99 in this review/);
  });
});
