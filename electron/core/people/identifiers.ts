/** Identifiers the reviewer records so publication output redacts them (addresses, schools…). */
import type { IdentifierInput } from '../../shared/api/people';
import type { Identifier, IdentifierKind } from '../../shared/domain/people';
import { CasewrightError } from '../../shared/errors';
import type { ReadableDb, WritableDb } from '../store/db-types';

export function listIdentifiers(db: ReadableDb): Identifier[] {
  return db.prepare('SELECT id, text, kind FROM identifier ORDER BY kind, text COLLATE NOCASE').all() as {
    id: number;
    text: string;
    kind: IdentifierKind;
  }[];
}

export function addIdentifier(db: WritableDb, input: IdentifierInput): Identifier {
  const existing = db
    .prepare('SELECT id FROM identifier WHERE text = ? COLLATE NOCASE AND kind = ?')
    .get(input.text, input.kind) as { id: number } | undefined;
  if (existing) {
    throw new CasewrightError(
      'conflict',
      `"${input.text}" is already recorded as ${input.kind === 'other' ? 'an identifier' : `a ${input.kind}`}`,
      {
        problems: [{ field: 'text', reason: 'already recorded' }],
      },
    );
  }
  const id = Number(
    db.prepare('INSERT INTO identifier (text, kind) VALUES (?, ?)').run(input.text, input.kind).lastInsertRowid,
  );
  return { id, text: input.text, kind: input.kind };
}

export function removeIdentifier(db: WritableDb, id: number): { removed: boolean } {
  return { removed: db.prepare('DELETE FROM identifier WHERE id = ?').run(id).changes > 0 };
}
