/**
 * Every piece of text a review file holds, as located segments, for the unregistered-name
 * warnings. Read generically (every TEXT column of every user table) so findings, chronology
 * entries and report sections from other domains are covered without this module knowing
 * their schemas. Rich text is read as plain text with mentions shown as real names.
 */
import { richTextToPlain, type RichText } from '../../shared/lexical/types';
import type { TextSegment } from '../anonymise';
import { renderRichText } from '../anonymise/rich-text';
import { buildMatcher } from '../anonymise/matcher';
import type { AnonymisationRegister } from '../anonymise/register';
import type { ReadableDb } from '../store/db-types';

/** Bookkeeping and register tables: their text is not review prose. */
const skipped = new Set([
  'app_meta',
  'change_group',
  'audit_log',
  'current_change',
  'person',
  'person_alias',
  'household_period',
  'person_agency',
  'relationship',
  'characteristic',
  'identifier',
  'name_warning_dismissal',
]);

const friendlyNames: Readonly<Record<string, string>> = {
  review: 'Review details',
  entry: 'Chronology entry',
  finding: 'Finding',
  recommendation: 'Recommendation',
  report_section: 'Report section',
  annotation: 'Annotation',
};

const safe = (name: string): boolean => /^[a-z_][a-z0-9_]*$/i.test(name);

function proseTables(db: ReadableDb): string[] {
  const rows = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table'`).all() as {
    name: string;
    sql: string | null;
  }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql ?? '')).map((r) => r.name);
  return rows
    .map((r) => r.name)
    .filter((name) => safe(name) && !skipped.has(name) && !name.startsWith('sqlite_'))
    .filter((name) => !virtual.includes(name) && !virtual.some((v) => name.startsWith(`${v}_`)));
}

function asRichText(value: string): RichText | null {
  if (!value.startsWith('{') || !value.includes('"editorState"')) return null;
  try {
    const parsed = JSON.parse(value) as Partial<RichText>;
    return parsed.editorState?.root && Array.isArray(parsed.editorState.root.children) ? (parsed as RichText) : null;
  } catch {
    return null;
  }
}

export function collectReviewText(db: ReadableDb, register: AnonymisationRegister): TextSegment[] {
  const segments: TextSegment[] = [];
  const matcher = buildMatcher(register);
  for (const table of proseTables(db)) {
    const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string }[]).filter(
      (c) => safe(c.name) && /TEXT/i.test(c.type) && !/(^|_)(id|at|date|kind|status|type|key)$/i.test(c.name),
    );
    const hasId = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).some((c) => c.name === 'id');
    if (columns.length === 0 || !hasId) continue;
    const label = friendlyNames[table] ?? table.replace(/_/g, ' ');
    const rows = db
      .prepare(`SELECT id, ${columns.map((c) => `"${c.name}"`).join(', ')} FROM ${table} ORDER BY id`)
      .all() as Record<string, unknown>[];
    for (const row of rows) {
      for (const column of columns) {
        const value = row[column.name];
        if (typeof value !== 'string' || value.trim() === '') continue;
        const rich = asRichText(value);
        const text = rich ? richTextToPlain(renderRichText(rich, 'draft', { register, matcher })) : value;
        segments.push({
          location: `${label} ${String(row.id)}, ${column.name.replace(/_json$/, '').replace(/_/g, ' ')}`,
          text,
        });
      }
    }
  }
  return segments;
}
