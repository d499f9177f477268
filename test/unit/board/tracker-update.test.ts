/**
 * Updating a recommendation from the board's tracker: through the review's own audited service
 * (with the user's name) where the board may write the file; otherwise into the board's own file,
 * saying which and why, with the review file left exactly as it was.
 */
import Database from 'better-sqlite3';
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createReviewFile, tempDir } from '../../helpers/review-file';
import { appAs, reviewWriter, writeAlike } from '../../helpers/board-library';

describe('updating recommendations from the board', () => {
  const library = tempDir('tracker-library-');
  const home = tempDir('tracker-home-');
  const { call } = appAs('Priya Board-Manager', home);
  let writable: string;
  let readOnly: string;
  let older: string;

  beforeAll(async () => {
    const writer = reviewWriter(tempDir('tracker-writer-'));
    [writable, readOnly] = (await writeAlike(
      writer,
      library,
      {
        kind: 'lcspr',
        recommendations: [{ text: 'Health to audit referrals', owner: 'Health', due: '2020-01-01', status: 'agreed' }],
      },
      [
        { fileName: 'writable.cwr', title: 'Child W' },
        { fileName: 'read-only.cwr', title: 'Child R' },
      ],
    )) as [string, string];
    chmodSync(readOnly, 0o444);
    const old = createReviewFile(library, { version: 4, name: 'older.cwr' });
    old.db
      .prepare(
        `INSERT INTO review (id, title, kind, created_at, updated_at) VALUES (1, 'Child O', 'scr', '2019-01-01', '2019-01-01')`,
      )
      .run();
    old.db
      .prepare(
        `INSERT INTO recommendation (number, text, owner_agency, status, created_at, updated_at) VALUES (1, 'Schools to share attendance', 'Education', 'proposed', '2019-01-01T00:00:00.000Z', '2019-01-01T00:00:00.000Z')`,
      )
      .run();
    old.db.close();
    older = join(library, 'older.cwr');
    // Tracker updates go only to reviews a library scan found.
    await call('board.listReviews', { roots: [library] });
  }, 60_000);

  it('writes to a writable review through the audited service, under the user name', async () => {
    const result = await call('board.updateRecommendation', {
      file: writable,
      recommendationId: 1,
      status: 'done',
      boardResponse: 'Closed at the March board',
    });
    expect(result).toEqual({
      recordedIn: 'review',
      message: 'Saved in the review file writable.cwr, in its audit log under Priya Board-Manager.',
    });
    const db = new Database(writable, { readonly: true });
    try {
      expect(db.prepare(`SELECT status, board_response FROM recommendation WHERE id = 1`).get()).toEqual({
        status: 'done',
        board_response: 'Closed at the March board',
      });
      expect(db.prepare(`SELECT actor, label FROM change_group ORDER BY id DESC LIMIT 1`).get()).toEqual({
        actor: 'Priya Board-Manager',
        label: 'Update recommendation 1 from the board',
      });
    } finally {
      db.close();
    }
    const tracker = await call('board.listRecommendations', { roots: [library] });
    expect(tracker.rows.find((r) => r.file === writable)).toMatchObject({
      status: 'done',
      recordedIn: 'review',
      overdue: false,
    });
  });

  it("keeps updates to read-only and older-format reviews in the board's own file, leaving them untouched", async () => {
    const before = [readOnly, older].map((f) => [readFileSync(f).toString('base64'), statSync(f).mtimeMs]);
    const first = await call('board.updateRecommendation', {
      file: readOnly,
      recommendationId: 1,
      status: 'in-progress',
    });
    expect(first.recordedIn).toBe('board-file');
    expect(first.message).toBe(
      "Saved in the board's own file (not in read-only.cwr: the review file is marked read-only), under Priya Board-Manager.",
    );
    const second = await call('board.updateRecommendation', {
      file: older,
      recommendationId: 1,
      status: 'agreed',
      boardResponse: 'Accepted',
    });
    expect(second.message).toContain('saved by an older version of Casewright, and the board does not upgrade reviews');
    expect([readOnly, older].map((f) => [readFileSync(f).toString('base64'), statSync(f).mtimeMs])).toEqual(before);

    const tracker = await call('board.listRecommendations', { roots: [library] });
    expect(tracker.rows.find((r) => r.file === readOnly)).toMatchObject({
      status: 'in-progress',
      recordedIn: 'board-file',
      updatedBy: 'Priya Board-Manager',
      boardResponse: '',
      overdue: true,
    });
    expect(tracker.rows.find((r) => r.file === older)).toMatchObject({
      status: 'agreed',
      boardResponse: 'Accepted',
      recordedIn: 'board-file',
      unowned: false,
    });
    // A new board session (the app restarted) still has every update.
    const again = appAs('Priya Board-Manager', home).call;
    const reopened = await again('board.listRecommendations', { roots: [library], agency: 'education' });
    expect(reopened.rows.map((r) => [r.status, r.recordedIn])).toEqual([['agreed', 'board-file']]);
  });

  it('refuses a file the library scan did not find, and leaves it untouched', async () => {
    await expect(
      call('board.updateRecommendation', { file: join(library, 'gone.cwr'), recommendationId: 1, status: 'done' }),
    ).rejects.toThrow('not in the library you opened');
    const elsewhere = await reviewWriter(tempDir('tracker-elsewhere-')).write(tempDir('tracker-outside-'), {
      kind: 'lcspr',
      fileName: 'outside.cwr',
      title: 'Child X',
      recommendations: [
        { text: 'Police to review call handling', owner: 'Police', due: '2021-01-01', status: 'agreed' },
      ],
    });
    const before = readFileSync(elsewhere).toString('base64');
    await expect(
      call('board.updateRecommendation', { file: elsewhere, recommendationId: 1, status: 'done' }),
    ).rejects.toThrow('not in the library you opened');
    expect(readFileSync(elsewhere).toString('base64')).toBe(before);
  });
});
