/**
 * "Erase permanently": after a person and entries are deleted, a planted name and text are nowhere
 * in the file's bytes; the audit trail says that an erasure happened, when and by whom. Audit
 * before-images older than the review's retention period are purged on opening.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addEntry, deleteEntries } from '@core/chronology/entries';
import { addPerson, removePerson } from '@core/people/person-service';
import { openReview } from '@core/review/lifecycle';
import { applyAuditRetention } from '@core/store/erasure';
import { personInputSchema } from '@shared/api/people';
import { bytesHold } from '@test/helpers/file-bytes';
import { emptyReview } from '@test/helpers/review';

const NAME = 'Zebedee Plantname';
const TEXT = 'Quillfeather Lane disclosure';

describe('erase permanently', () => {
  it('leaves no trace of a deleted person and entries in the file, but records the erasure', async () => {
    const { app, dir, review: handle, call } = emptyReview({ title: 'Erasure', fileName: 'e.cwr', scope: null });
    const person = handle.write('Add person', (db) =>
      addPerson(db, personInputSchema.parse({ realName: NAME, pseudonym: 'Child E', role: 'Child' })),
    );
    const entries = [1, 2, 3].map((i) =>
      handle.write('Add entry', (db) =>
        addEntry(db, { date: '03/02/2021', agency: 'Police', summary: `${TEXT} ${i} about ${NAME}` }),
      ),
    );
    handle.write('Remove person', (db) => removePerson(db, person.id));
    handle.write('Delete entries', (db) =>
      deleteEntries(
        db,
        entries.map((entry) => entry.id),
      ),
    );
    expect(bytesHold(dir, NAME)).toBe(true); // still in the audit trail's before-images

    const erased = await call('review.erasePermanently', {});
    expect(erased.records).toBeGreaterThanOrEqual(8);
    expect(bytesHold(dir, NAME)).toBe(false);
    expect(bytesHold(dir, TEXT)).toBe(false);
    const audit = await call('review.listAudit', {});
    expect(JSON.stringify(audit)).not.toContain(NAME);
    const groups = handle.db
      .prepare(`SELECT label, actor FROM change_group WHERE label LIKE 'Erase deleted data permanently%'`)
      .all();
    expect(groups).toHaveLength(1);
    expect(handle.history().canUndo).toBe(false);
    app.reviews.closeAll();
    expect(bytesHold(dir, NAME)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.startsWith('e.cwr'))).toEqual(['e.cwr']);
  });

  it('erases a deleted person whose record number was given to someone added after them', async () => {
    const { app, dir, review: handle, call } = emptyReview({ title: 'Erasure', fileName: 'e.cwr', scope: null });
    const add = (realName: string, pseudonym: string) =>
      handle.write('Add person', (db) =>
        addPerson(db, personInputSchema.parse({ realName, pseudonym, role: 'Relative' })),
      );
    add('Rowena Keptperson', 'Aunt');
    const erased = add(NAME, 'Uncle');
    handle.write('Remove person', (db) => removePerson(db, erased.id));
    const later = add('Tobias Laterperson', 'Cousin');
    expect(later.id).toBe(erased.id); // SQLite reuses the newest deleted id
    handle.write('Rename', (db) =>
      db.prepare(`UPDATE person SET role = 'Cousin (paternal)' WHERE id = ?`).run(later.id),
    );

    await call('review.erasePermanently', {});
    app.reviews.closeAll();
    expect(bytesHold(dir, NAME)).toBe(false);
    expect(bytesHold(dir, 'Tobias Laterperson')).toBe(true);
    expect(bytesHold(dir, 'Rowena Keptperson')).toBe(true);
  });

  it('keeps the history of a person whose deletion was undone', async () => {
    const { app, review: handle, call } = emptyReview({ title: 'Erasure', fileName: 'e.cwr', scope: null });
    const person = handle.write('Add person', (db) =>
      addPerson(db, personInputSchema.parse({ realName: 'Imelda Restored', pseudonym: 'Mother', role: 'Mother' })),
    );
    handle.write('Remove person', (db) => removePerson(db, person.id));
    handle.undo();
    const before = handle.db
      .prepare(`SELECT count(*) FROM audit_log WHERE table_name = 'person' AND after_json IS NOT NULL`)
      .pluck()
      .get() as number;
    await call('review.erasePermanently', {});
    expect(
      handle.db
        .prepare(`SELECT count(*) FROM audit_log WHERE table_name = 'person' AND after_json IS NOT NULL`)
        .pluck()
        .get(),
    ).toBe(before);
    app.reviews.closeAll();
  });

  it('purges before-images older than the retention period when the review is opened', async () => {
    const { app, dir, review: handle, call } = emptyReview({ title: 'Retention', fileName: 'r.cwr', scope: null });
    const entry = handle.write('Add entry', (db) =>
      addEntry(db, { date: '03/02/2021', agency: 'Police', summary: `${TEXT} first` }),
    );
    handle.write('Edit entry', (db) =>
      db.prepare('UPDATE entry SET summary = ? WHERE id = ?').run('Rewritten summary', entry.id),
    );
    expect(await call('review.updateAuditRetention', { days: 30 })).toEqual({ days: 30 });
    // Recent changes are kept; forty days on, they are past the period and purged.
    expect(handle.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE before_json LIKE ?`).get(`%${TEXT}%`)).toEqual({
      n: 1,
    });
    const later = () => new Date(Date.now() + 40 * 86_400_000).toISOString();
    expect(applyAuditRetention(handle, later)).toBeGreaterThan(0);
    expect(handle.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE before_json LIKE ?`).get(`%${TEXT}%`)).toEqual({
      n: 0,
    });
    app.reviews.closeAll();
    expect(openReview(app, join(dir, 'r.cwr')).meta.title).toBe('Retention');
  });
});
