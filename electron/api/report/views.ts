/**
 * Read models for the Report area: templates with the review's choice, section texts against
 * the chosen template, the glossary as the text uses it, and the briefing with what would be
 * generated. Glossary and learning points are worked out from the draft text (the reviewer's
 * own words); the export anonymises them.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { BriefingView, ReportSectionView, ReportTemplates } from '../../shared/api/report';
import type { GlossaryEntry } from '../../shared/domain/report';
import { learningPoints } from '../../export/briefing/builder';
import { buildReportModel } from '../../export/report/builder';
import { gatherReportSources, type Places } from '../../export/report/gather';
import { blocksText, glossaryEntries, registeredWordsOf } from '../../export/report/glossary';
import { listIdentifiers } from '../../core/people/identifiers';
import { draftText } from '../../export/report/sources';
import { documentKindOf, exportFileName } from '../../shared/domain/export-names';
import type { ReadableDb } from '../../core/store/db-types';
import { readReviewMeta } from '../../core/review/review-meta';
import { listSectionTexts, readReportSettings } from '../../core/report/settings';
import {
  defaultReportTemplateId,
  findBriefingTemplate,
  findReportTemplate,
  loadBriefingTemplates,
  loadReportTemplates,
  summarise,
} from '../../core/report/templates';

export function effectiveTemplateId(db: ReadableDb): string {
  return readReportSettings(db).templateId ?? defaultReportTemplateId(readReviewMeta(db).kind);
}

export function reportTemplates(db: ReadableDb, places: Places): ReportTemplates {
  return {
    reports: loadReportTemplates(places.templatesDir, places.appHome).map((l) => summarise(l, l.template.reviewKinds)),
    briefings: loadBriefingTemplates(places.templatesDir, places.appHome).map((l) => summarise(l)),
    settings: readReportSettings(db),
    effectiveTemplateId: effectiveTemplateId(db),
  };
}

export function reportSections(db: ReadableDb, places: Places): ReportSectionView[] {
  const template = findReportTemplate(places.templatesDir, places.appHome, effectiveTemplateId(db)).template;
  const texts = new Map(listSectionTexts(db).map((s) => [s.key, s.body]));
  return template.sections.map((s) => ({
    key: s.key,
    heading: s.heading,
    guidance: s.guidance,
    editable: s.blocks.includes('section-text'),
    body: texts.get(s.key) ?? null,
  }));
}

export function reportGlossary(db: ReadableDb, places: Places): GlossaryEntry[] {
  const sources = gatherReportSources(db, places);
  const template = findReportTemplate(places.templatesDir, places.appHome, effectiveTemplateId(db)).template;
  // Only the text matters here: leave out the figure and the glossary itself.
  const textOnly = {
    ...template,
    sections: template.sections
      .map((s) => ({ ...s, blocks: s.blocks.filter((b) => b !== 'timeline-figure' && b !== 'glossary') }))
      .filter((s) => s.blocks.length > 0),
  };
  const { model } = buildReportModel(textOnly, sources, draftText(sources.people ?? []), {
    draft: true,
    today: '2000-01-01',
  });
  const pseudonyms = new Set((sources.people ?? []).map((p) => p.pseudonym.toUpperCase()));
  const identifiers = listIdentifiers(db).map((i) => i.text);
  const registeredWords = registeredWordsOf([
    ...(sources.people ?? []).flatMap((p) => [p.realName, ...p.aliases]),
    ...identifiers,
  ]);
  return glossaryEntries(blocksText(model.blocks), {
    builtIn: sources.glossary.builtIn,
    overrides: sources.glossary.overrides,
    pseudonyms,
    registeredWords,
  });
}

export function briefingView(db: ReadableDb, places: Places): BriefingView {
  const sources = gatherReportSources(db, places);
  const id = readReportSettings(db).briefingTemplateId ?? 'seven-minute';
  const template = findBriefingTemplate(places.templatesDir, places.appHome, id).template;
  const generated = learningPoints(
    { ...sources, briefing: { ...sources.briefing, learningPoints: null } },
    draftText(sources.people ?? []),
    template.learningPoints,
  );
  return {
    content: sources.briefing,
    generatedLearningPoints: generated,
    markedFindings: (sources.findings ?? []).filter((f) => f.inBriefing).length,
  };
}

/** `~/Documents/Casewright/<title> — <what it is>.docx` (see exportFileName). */
export function defaultExportPath(
  db: ReadableDb,
  kind: 'report' | 'briefing' | 'panel-draft',
  options: { readonly draft?: boolean; readonly onePage?: boolean; readonly format?: 'docx' | 'pdf' } = {},
  home = homedir(),
): string {
  return join(
    home,
    'Documents',
    'Casewright',
    exportFileName(readReviewMeta(db).title, documentKindOf(kind, options), options.format ?? 'docx'),
  );
}
