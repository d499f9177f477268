import type { ChronologyEntryInput, ChronologyEntryPatch } from '../../shared/api/chronology';
import { optionalVagueDate, parseTime, requireVagueDate } from '../../shared/dates';
import type { ChronologyEntry } from '../../shared/domain/chronology';
import { CasewrightError, type Problem } from '../../shared/errors';
import type { ReadableDb, WritableDb } from '../store/db-types';
import { createEntryWriter, type NewEntry, type NewShare } from './entry-writer';
import { loadEntries } from './load-entries';
import { ensureAgency } from './lookups';

/** Reviewer edits to single entries: add, change, delete. Every change is audited and undoable. */

export function getEntry(db: ReadableDb, id: number): ChronologyEntry {
  const [entry] = loadEntries(db, [id]);
  if (!entry) throw new CasewrightError('not-found', `There is no chronology entry ${id}`);
  return entry;
}

function checkTime(text: string | null | undefined): string | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const parsed = parseTime(text);
  if (!parsed.ok)
    throw new CasewrightError('validation', `time: ${parsed.reason}`, {
      problems: [{ field: 'time', reason: parsed.reason }],
    });
  return parsed.value;
}

function checkReferences(
  db: ReadableDb,
  input: {
    eventTypeId?: number | null;
    people?: readonly { personId: number }[];
    childContact?: readonly { personId: number | null }[];
  },
): void {
  const problems: Problem[] = [];
  if (input.eventTypeId !== undefined && input.eventTypeId !== null) {
    if (!db.prepare('SELECT 1 FROM event_type WHERE id = ?').get(input.eventTypeId)) {
      problems.push({ field: 'eventTypeId', reason: `there is no event type ${input.eventTypeId}` });
    }
  }
  const personIds = [...(input.people ?? []), ...(input.childContact ?? [])].flatMap((p) =>
    p.personId === null ? [] : [p.personId],
  );
  if (personIds.length > 0) {
    const found = new Set(
      (
        db
          .prepare('SELECT id FROM person WHERE id IN (SELECT value FROM json_each(?))')
          .all(JSON.stringify(personIds)) as { id: number }[]
      ).map((r) => r.id),
    );
    for (const id of new Set(personIds))
      if (!found.has(id)) problems.push({ field: 'people', reason: `there is no person ${id}` });
  }
  if (problems.length > 0) {
    throw new CasewrightError('validation', problems.map((p) => p.reason).join('; '), { problems });
  }
}

function shares(db: WritableDb, list: ChronologyEntryInput['sharedWith']): NewShare[] {
  return (list ?? []).map((s, index) => ({
    agencyId: ensureAgency(db, s.agency),
    when: optionalVagueDate(s.when, `sharedWith[${index}].when`),
    how: s.how?.trim() || null,
  }));
}

function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

export function addEntry(db: WritableDb, input: ChronologyEntryInput): ChronologyEntry {
  checkReferences(db, input);
  const entry: NewEntry = {
    date: requireVagueDate(input.date, 'date'),
    time: checkTime(input.time),
    endDate: optionalVagueDate(input.endDate, 'endDate'),
    agencyId: ensureAgency(db, input.agency),
    source: {
      document: blankToNull(input.source?.document),
      role: blankToNull(input.source?.role),
      reference: blankToNull(input.source?.reference),
    },
    eventTypeId: input.eventTypeId ?? null,
    summary: input.summary ?? '',
    actionTaken: input.actionTaken ?? '',
    outcome: input.outcome ?? '',
    analysis: input.analysis ?? '',
    location: blankToNull(input.location),
    risk: input.risk ?? null,
    significance: input.significance ?? 'routine',
    people: input.people ?? [],
    childContact: input.childContact ?? [],
    sharedWith: shares(db, input.sharedWith),
    tags: input.tags ?? [],
  };
  checkEndAfterStart(entry);
  const id = createEntryWriter(db).insert(entry);
  return getEntry(db, id);
}

function checkEndAfterStart(entry: NewEntry): void {
  if (entry.endDate && entry.endDate.latest < entry.date.earliest) {
    const reason = 'the end date is before the date';
    throw new CasewrightError('validation', `endDate: ${reason}`, { problems: [{ field: 'endDate', reason }] });
  }
}

export function updateEntry(db: WritableDb, id: number, patch: ChronologyEntryPatch): ChronologyEntry {
  const current = getEntry(db, id);
  checkReferences(db, patch);
  const entry: NewEntry = {
    date: patch.date === undefined ? current.date : requireVagueDate(patch.date, 'date'),
    time: patch.time === undefined ? current.time : checkTime(patch.time),
    endDate: patch.endDate === undefined ? current.endDate : optionalVagueDate(patch.endDate, 'endDate'),
    agencyId: patch.agency === undefined ? current.agencyId : ensureAgency(db, patch.agency),
    source: {
      document: patch.source?.document === undefined ? current.source.document : blankToNull(patch.source.document),
      role: patch.source?.role === undefined ? current.source.role : blankToNull(patch.source.role),
      reference: patch.source?.reference === undefined ? current.source.reference : blankToNull(patch.source.reference),
    },
    eventTypeId: patch.eventTypeId === undefined ? current.eventTypeId : patch.eventTypeId,
    summary: patch.summary ?? current.summary,
    actionTaken: patch.actionTaken ?? current.actionTaken,
    outcome: patch.outcome ?? current.outcome,
    analysis: patch.analysis ?? current.analysis,
    location: patch.location === undefined ? current.location : blankToNull(patch.location),
    risk: patch.risk === undefined ? current.risk : patch.risk,
    significance: patch.significance ?? current.significance,
    people: patch.people ?? current.people,
    childContact: patch.childContact ?? current.childContact,
    sharedWith: patch.sharedWith === undefined ? current.sharedWith : shares(db, patch.sharedWith),
    tags: patch.tags ?? current.tags,
  };
  checkEndAfterStart(entry);
  const writer = createEntryWriter(db);
  writer.updateFields(id, entry);
  // Side lists are rewritten only when the patch names them, so the audit log shows real changes.
  if (patch.people !== undefined) writer.replacePeople(id, entry.people);
  if (patch.childContact !== undefined) writer.replaceChildContact(id, entry.childContact);
  if (patch.sharedWith !== undefined) writer.replaceShares(id, entry.sharedWith);
  if (patch.tags !== undefined) writer.replaceTags(id, entry.tags);
  return getEntry(db, id);
}

/**
 * Deletes entries with everything that hangs off them. Side rows are deleted explicitly first
 * so the audit log holds each one and undo restores the entry whole.
 */
export function deleteEntries(db: WritableDb, ids: readonly number[]): number {
  const json = JSON.stringify(ids);
  const missing = ids.filter((id) => !db.prepare('SELECT 1 FROM entry WHERE id = ?').get(id));
  if (missing.length > 0) throw new CasewrightError('not-found', `There is no chronology entry ${missing.join(', ')}`);
  const inIds = 'IN (SELECT value FROM json_each(?))';
  db.prepare(`UPDATE entry SET merged_into = NULL WHERE merged_into ${inIds}`).run(json);
  for (const table of [
    'entry_person',
    'entry_child_contact',
    'entry_shared_with',
    'entry_label',
    'episode_entry',
    'entry_extra_field',
  ]) {
    db.prepare(`DELETE FROM ${table} WHERE entry_id ${inIds}`).run(json);
  }
  db.prepare(`DELETE FROM duplicate_candidate WHERE entry_a ${inIds} OR entry_b ${inIds}`).run(json, json);
  return db.prepare(`DELETE FROM entry WHERE id ${inIds}`).run(json).changes;
}
