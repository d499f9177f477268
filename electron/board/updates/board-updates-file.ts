/**
 * The board's own file of recommendation updates, for reviews the board can read but must not
 * write (read-only files, older formats, files another program is saving to). Kept apart from the disposable
 * library index so deleting the cache never loses an update. Every update is a new row with the
 * user's name and time: nothing is overwritten.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sqliteOptions } from '../../core/store/sqlite-options';
import type { BoardUpdate } from '../views/recommendations';

export function boardUpdatesPath(home: string): string {
  return join(home, 'board', 'board-updates.sqlite');
}

export interface BoardUpdatesFile {
  list(): readonly BoardUpdate[];
  add(update: BoardUpdate): void;
  close(): void;
}

export function openBoardUpdates(home: string): BoardUpdatesFile {
  const path = boardUpdatesPath(home);
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, sqliteOptions());
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE IF NOT EXISTS recommendation_update (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    recommendation_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    board_response TEXT,
    actor TEXT NOT NULL,
    at TEXT NOT NULL
  ) STRICT`);
  return {
    list: () =>
      (
        db
          .prepare(
            `SELECT file, recommendation_id, status, board_response, actor, at FROM recommendation_update ORDER BY at, id`,
          )
          .all() as {
          file: string;
          recommendation_id: number;
          status: BoardUpdate['status'];
          board_response: string | null;
          actor: string;
          at: string;
        }[]
      ).map((r) => ({
        file: r.file,
        recommendationId: r.recommendation_id,
        status: r.status,
        boardResponse: r.board_response,
        actor: r.actor,
        at: r.at,
      })),
    add(update) {
      db.prepare(
        `INSERT INTO recommendation_update (file, recommendation_id, status, board_response, actor, at) VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(update.file, update.recommendationId, update.status, update.boardResponse, update.actor, update.at);
    },
    close: () => db.close(),
  };
}
