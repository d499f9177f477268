/**
 * Report settings stored in the review (migration 005): template choice, section texts, glossary
 * definitions and briefing edits. Plain service functions over the review database.
 */
import type { BriefingContent, BriefingContentPatch, ReportSettings, SectionText } from '../../shared/domain/report';
import type { RichText } from '../../shared/lexical/types';
import { nowIso } from '../store/clock';
import type { ReadableDb, WritableDb } from '../store/db-types';

export function readReportSettings(db: ReadableDb): ReportSettings {
  const row = db.prepare('SELECT template_id, briefing_template_id FROM report_setting WHERE id = 1').get() as
    { template_id: string | null; briefing_template_id: string | null } | undefined;
  return { templateId: row?.template_id ?? null, briefingTemplateId: row?.briefing_template_id ?? null };
}

export function updateReportSettings(db: WritableDb, patch: Partial<ReportSettings>): ReportSettings {
  const current = readReportSettings(db);
  const next = { ...current, ...patch };
  db.prepare(
    `INSERT INTO report_setting (id, template_id, briefing_template_id, updated_at) VALUES (1, @templateId, @briefingTemplateId, @now)
     ON CONFLICT (id) DO UPDATE SET template_id = excluded.template_id, briefing_template_id = excluded.briefing_template_id, updated_at = excluded.updated_at`,
  ).run({ templateId: next.templateId, briefingTemplateId: next.briefingTemplateId, now: nowIso() });
  return readReportSettings(db);
}

export function listSectionTexts(db: ReadableDb): SectionText[] {
  const rows = db.prepare('SELECT section_key, body_json FROM report_section ORDER BY section_key').all() as {
    section_key: string;
    body_json: string | null;
  }[];
  return rows.map((row) => ({
    key: row.section_key,
    body: row.body_json === null ? null : (JSON.parse(row.body_json) as RichText),
  }));
}

export function setSectionText(db: WritableDb, key: string, body: RichText | null): SectionText {
  db.prepare(
    `INSERT INTO report_section (section_key, body_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (section_key) DO UPDATE SET body_json = excluded.body_json, updated_at = excluded.updated_at`,
  ).run(key, body === null ? null : JSON.stringify(body), nowIso());
  return { key, body };
}

/** The reviewer's own glossary definitions, keyed by upper-case term. */
export function readGlossaryOverrides(db: ReadableDb): ReadonlyMap<string, string> {
  const rows = db.prepare('SELECT term, definition FROM glossary_term').all() as { term: string; definition: string }[];
  return new Map(rows.map((row) => [row.term.toUpperCase(), row.definition]));
}

/** Sets a definition; an empty definition removes the reviewer's own and the built-in one applies again. */
export function setGlossaryDefinition(db: WritableDb, term: string, definition: string): void {
  const clean = term.trim().toUpperCase();
  if (definition.trim() === '') {
    db.prepare('DELETE FROM glossary_term WHERE term = ?').run(clean);
    return;
  }
  db.prepare(
    `INSERT INTO glossary_term (term, definition, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (term) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at`,
  ).run(clean, definition.trim(), nowIso());
}

interface BriefingRow {
  background: string | null;
  why_it_matters: string | null;
  learning_points_json: string | null;
  things_to_note: string | null;
  what_to_do: string | null;
  reflective_questions_json: string;
}

export function readBriefingContent(db: ReadableDb): BriefingContent {
  const row = db.prepare('SELECT * FROM briefing_content WHERE id = 1').get() as BriefingRow | undefined;
  if (row === undefined) {
    return {
      background: null,
      whyItMatters: null,
      learningPoints: null,
      thingsToNote: null,
      whatToDo: null,
      reflectiveQuestions: [],
    };
  }
  return {
    background: row.background,
    whyItMatters: row.why_it_matters,
    learningPoints: row.learning_points_json === null ? null : (JSON.parse(row.learning_points_json) as string[]),
    thingsToNote: row.things_to_note,
    whatToDo: row.what_to_do,
    reflectiveQuestions: JSON.parse(row.reflective_questions_json) as string[],
  };
}

export function updateBriefingContent(db: WritableDb, patch: BriefingContentPatch): BriefingContent {
  const next = { ...readBriefingContent(db), ...patch };
  db.prepare(
    `INSERT INTO briefing_content (id, background, why_it_matters, learning_points_json, things_to_note, what_to_do, reflective_questions_json, updated_at)
     VALUES (1, @background, @whyItMatters, @learningPoints, @thingsToNote, @whatToDo, @reflectiveQuestions, @now)
     ON CONFLICT (id) DO UPDATE SET background = excluded.background, why_it_matters = excluded.why_it_matters,
       learning_points_json = excluded.learning_points_json, things_to_note = excluded.things_to_note,
       what_to_do = excluded.what_to_do, reflective_questions_json = excluded.reflective_questions_json, updated_at = excluded.updated_at`,
  ).run({
    background: next.background,
    whyItMatters: next.whyItMatters,
    learningPoints: next.learningPoints === null ? null : JSON.stringify(next.learningPoints),
    thingsToNote: next.thingsToNote,
    whatToDo: next.whatToDo,
    reflectiveQuestions: JSON.stringify(next.reflectiveQuestions),
    now: nowIso(),
  });
  return readBriefingContent(db);
}
