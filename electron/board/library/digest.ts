/**
 * One review reduced to what the board views need (`ReviewDigest`), read through a connection
 * opened on an in-memory copy. Version-tolerant: an older file format lacks whole tables (people
 * arrived in format 2, the chronology in 3, findings and recommendations in 4), and each part is
 * read only when its tables exist, so an old file is read as it is, never migrated.
 *
 * No real name leaves this function: text passes through the review's own anonymiser and
 * people are kept only as pseudonyms.
 */
import {
  ageAt,
  characteristicIds,
  type CharacteristicId,
  type CharacteristicRecord,
  type CharacteristicTemplate,
  type Person,
} from '../../shared/domain/people';
import type {
  DigestCharacteristic,
  DigestFinding,
  DigestPerson,
  DigestRecommendation,
  DigestTag,
  ReviewDigest,
} from '../../shared/domain/board';
import { REVIEW_KINDS, type ReviewKind } from '../../shared/domain/review';
import { recommendationStatuses, type RecommendationStatus } from '../../shared/domain/recommendations';
import { flattenTerms, type Taxonomy } from '../../shared/domain/taxonomy';
import { hasChildren, type RichText, type SerializedNodeBase } from '../../shared/lexical/types';
import { createAnonymiser, type Anonymiser } from '../../core/anonymise';
import { listCharacteristics } from '../../core/people/characteristics';
import { listIdentifiers } from '../../core/people/identifiers';
import { listPeople } from '../../core/people/person-rows';
import type { ReadableDb } from '../../core/store/db-types';
import { familyRoleOf } from './family-role';

export interface DigestInput {
  readonly db: ReadableDb;
  readonly file: string;
  readonly formatVersion: number;
  readonly templates: readonly CharacteristicTemplate[];
}

function tables(db: ReadableDb): Set<string> {
  return new Set(
    (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name),
  );
}

interface ReviewRow {
  readonly title: string;
  readonly kind: string;
  readonly partnership: string;
  readonly status: string;
  readonly scope_end: string | null;
  readonly created_at: string;
}

export function readDigest(input: DigestInput): ReviewDigest {
  const { db } = input;
  const present = tables(db);
  const has = (...names: string[]): boolean => names.every((name) => present.has(name));
  const missingParts: string[] = [];

  const people = has('person', 'person_alias', 'household_period', 'person_agency') ? listPeople(db) : [];
  if (!has('person')) missingParts.push('people');
  const identifiers = has('identifier') ? listIdentifiers(db) : [];
  const anonymiser = createAnonymiser({ people, identifiers });

  const review = (
    has('review')
      ? db.prepare(`SELECT title, kind, partnership, status, scope_end, created_at FROM review WHERE id = 1`).get()
      : undefined
  ) as ReviewRow | undefined;
  const kind: ReviewKind = (REVIEW_KINDS as readonly string[]).includes(review?.kind ?? '')
    ? (review?.kind as ReviewKind)
    : 'lcspr';
  const yearSource = review?.scope_end ?? review?.created_at ?? null;
  const scopeEnd = review?.scope_end ?? review?.created_at?.slice(0, 10) ?? new Date().toISOString().slice(0, 10);

  const findings = has('finding', 'finding_tag', 'taxonomy_version') ? readFindings(db, anonymiser) : [];
  if (!has('finding')) missingParts.push('findings');
  const recommendations = has('recommendation') ? readRecommendations(db, anonymiser) : [];
  if (!has('recommendation')) missingParts.push('recommendations');
  const characteristics = has('characteristic') ? listCharacteristics(db) : [];
  const entryCount = has('entry') ? countEntries(db) : 0;
  if (!has('entry')) missingParts.push('chronology');

  return {
    file: input.file,
    formatVersion: input.formatVersion,
    title: anonymiser.text(review?.title ?? 'Untitled review'),
    kind,
    partnership: review?.partnership ?? '',
    status: review?.status ?? 'draft',
    year: yearSource === null ? null : Number(yearSource.slice(0, 4)) || null,
    entryCount,
    findings,
    recommendations,
    people: people
      .filter((p) => p.category !== 'professional')
      .map((p) => digestPerson(p, characteristics, input.templates, scopeEnd)),
    missingParts,
  };
}

/**
 * Entries not merged into another. Counted from indexes, never the entry table itself: the table
 * is most of the file, and `count(*)` over a table is answered from its smallest index, while
 * merged entries are few and have an index of their own (format 3 onwards).
 */
function countEntries(db: ReadableDb): number {
  const all = (db.prepare(`SELECT count(*) AS n FROM entry`).get() as { n: number }).n;
  const merged = (db.prepare(`SELECT count(*) AS n FROM entry WHERE merged_into IS NOT NULL`).get() as { n: number }).n;
  return all - merged;
}

interface FindingRow {
  readonly id: number;
  readonly number: number;
  readonly title: string;
  readonly body_json: string | null;
  readonly type: string;
}

interface TagRow {
  readonly finding_id: number;
  readonly taxonomy_version_id: number;
  readonly term_id: string;
  readonly direction: 'supports' | 'hinders' | null;
}

interface PinnedLabels {
  readonly id: string;
  readonly title: string;
  readonly labels: ReadonlyMap<string, string>;
}

/**
 * Term labels of each pinned taxonomy version. Hundreds of reviews pin the same few versions, so
 * the labels are worked out once per version and content (a hand-edited copy gets its own entry).
 */
const labelCache = new Map<string, PinnedLabels>();

function pinnedLabels(db: ReadableDb): Map<number, PinnedLabels> {
  // The content itself (tens of kilobytes per taxonomy) is read only when its labels are not known yet.
  const rows = db
    .prepare(
      `SELECT id, taxonomy_id, version, title, length(content_json) AS content_length, substr(content_json, -64) AS content_tail FROM taxonomy_version`,
    )
    .all() as {
    id: number;
    taxonomy_id: string;
    version: string;
    title: string;
    content_length: number;
    content_tail: string;
  }[];
  const content = db.prepare(`SELECT content_json FROM taxonomy_version WHERE id = ?`).pluck();
  const out = new Map<number, PinnedLabels>();
  for (const row of rows) {
    const key = `${row.taxonomy_id}\u0000${row.version}\u0000${row.content_length}\u0000${row.content_tail}`;
    let labels = labelCache.get(key);
    if (labels === undefined) {
      const taxonomy = JSON.parse(content.get(row.id) as string) as Pick<Taxonomy, 'id' | 'terms'>;
      labels = {
        id: row.taxonomy_id,
        title: row.title,
        labels: new Map(flattenTerms(taxonomy).map((t) => [t.termId, t.label])),
      };
      labelCache.set(key, labels);
    }
    out.set(row.id, labels);
  }
  return out;
}

function readFindings(db: ReadableDb, anonymiser: Anonymiser): DigestFinding[] {
  const pinned = pinnedLabels(db);
  const tagsByFinding = new Map<number, DigestTag[]>();
  for (const tag of db
    .prepare(`SELECT finding_id, taxonomy_version_id, term_id, direction FROM finding_tag ORDER BY id`)
    .all() as TagRow[]) {
    const taxonomy = pinned.get(tag.taxonomy_version_id);
    const list = tagsByFinding.get(tag.finding_id) ?? [];
    list.push({
      taxonomyId: taxonomy?.id ?? 'unknown',
      taxonomyTitle: taxonomy?.title ?? 'Unknown taxonomy',
      termId: tag.term_id,
      termLabel: taxonomy?.labels.get(tag.term_id) ?? tag.term_id,
      direction: tag.direction,
    });
    tagsByFinding.set(tag.finding_id, list);
  }
  return (
    db.prepare(`SELECT id, number, title, body_json, type FROM finding ORDER BY number, id`).all() as FindingRow[]
  ).map((row) => ({
    id: row.id,
    number: row.number,
    title: anonymiser.text(row.title),
    text: row.body_json === null ? '' : publicationText(JSON.parse(row.body_json) as RichText, anonymiser),
    type: row.type,
    tags: tagsByFinding.get(row.id) ?? [],
  }));
}

/** Rich text as plain publication text: mentions become pseudonyms, then names are replaced. */
export function publicationText(richText: RichText, anonymiser: Anonymiser): string {
  const rendered = anonymiser.richText(richText, 'publication');
  const blocks: string[] = [];
  for (const block of rendered.editorState.root.children) {
    const parts: string[] = [];
    const collect = (node: SerializedNodeBase): void => {
      if (typeof node.text === 'string') parts.push(node.text);
      if (hasChildren(node)) for (const child of node.children) collect(child);
    };
    collect(block);
    blocks.push(parts.join(''));
  }
  return blocks.join('\n').trim();
}

interface RecommendationRow {
  readonly id: number;
  readonly number: number;
  readonly text: string;
  readonly owner_agency: string | null;
  readonly due_date: string | null;
  readonly status: string;
  readonly board_response: string;
  readonly updated_at: string;
}

function readRecommendations(db: ReadableDb, anonymiser: Anonymiser): DigestRecommendation[] {
  const rows = db
    .prepare(
      `SELECT id, number, text, owner_agency, due_date, status, board_response, updated_at FROM recommendation ORDER BY number, id`,
    )
    .all() as RecommendationRow[];
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    text: anonymiser.text(row.text),
    ownerAgency: row.owner_agency === null || row.owner_agency.trim() === '' ? null : row.owner_agency.trim(),
    dueDate: row.due_date,
    status: (recommendationStatuses as readonly string[]).includes(row.status)
      ? (row.status as RecommendationStatus)
      : 'proposed',
    boardResponse: anonymiser.text(row.board_response),
    updatedAt: row.updated_at,
  }));
}

/** Age bands rather than ages: an exact age is one more piece of a jigsaw. */
function ageBand(age: number): string {
  if (age < 1) return 'Under 1';
  if (age < 5) return '1 to 4';
  if (age < 10) return '5 to 9';
  if (age < 16) return '10 to 15';
  if (age < 18) return '16 to 17';
  if (age < 25) return '18 to 24';
  if (age < 50) return '25 to 49';
  return '50 or over';
}

function recordedValue(
  record: Extract<CharacteristicRecord, { state: 'recorded' }>,
  template: CharacteristicTemplate | undefined,
): string {
  const option = template?.options.find((o) => o.id === record.value.optionId);
  return (
    option?.label ??
    (record.value.writeIn !== null && record.value.writeIn.trim() !== '' ? 'Other (written in)' : 'Recorded')
  );
}

function digestPerson(
  person: Person,
  records: readonly CharacteristicRecord[],
  templates: readonly CharacteristicTemplate[],
  at: string,
): DigestPerson {
  const mine = new Map<CharacteristicId, CharacteristicRecord>(
    records.filter((r) => r.personId === person.id).map((r) => [r.characteristicId, r]),
  );
  const age = person.dateOfBirth === null ? null : ageAt(person.dateOfBirth, at);
  const characteristics: DigestCharacteristic[] = characteristicIds.map((id) => {
    const template = templates.find((t) => t.id === id);
    const record = mine.get(id);
    // Age is recorded whenever a date of birth is held (as in the review's own completeness view).
    if (id === 'age' && age !== null) return { characteristicId: id, state: 'recorded', value: ageBand(age) };
    if (record === undefined) {
      const underAge = template?.minimumAge != null && age !== null && age < template.minimumAge;
      return { characteristicId: id, state: underAge ? 'not-applicable' : 'missing', value: null };
    }
    if (record.state === 'recorded')
      return { characteristicId: id, state: 'recorded', value: recordedValue(record, template) };
    return { characteristicId: id, state: record.state, value: null };
  });
  return { pseudonym: person.pseudonym, role: familyRoleOf(person.role, person.relationshipToChild), characteristics };
}
