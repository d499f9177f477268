/**
 * Fills `ReportSources` from an open review through each domain's service functions. Opening a
 * review migrates it to the latest format, so every domain's tables are there.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { entryIds } from '../../core/chronology/query';
import { loadEntries } from '../../core/chronology/load-entries';
import { listEpisodes } from '../../core/chronology/episodes';
import { listFindings } from '../../core/findings/findings';
import { listCharacteristics } from '../../core/people/characteristics';
import { listPeople } from '../../core/people/person-rows';
import { characteristicTemplatesDir, loadCharacteristicTemplates } from '../../core/people/characteristic-templates';
import { listPanelMembers } from '../../core/panel/panel-members';
import { listRecommendations } from '../../core/recommendations/recommendations';
import { listSectionTexts, readBriefingContent, readGlossaryOverrides } from '../../core/report/settings';
import { readReviewMeta } from '../../core/review/review-meta';
import type { ReadableDb } from '../../core/store/db-types';
import { CasewrightError } from '../../shared/errors';
import { readJsonFile } from '../../core/files/read-json';
import type { ReportSources } from './sources';

export interface Places {
  readonly templatesDir: string;
  readonly appHome: string;
}

const glossaryFileSchema = z.object({
  version: z.string(),
  source: z.string(),
  terms: z.array(z.object({ term: z.string().min(1).max(20), definition: z.string().min(1) })),
});

/** Built-in abbreviations (templates/reports/glossary/acronyms.json), validated on load. */
export function loadBuiltInGlossary(templatesDir: string): ReadonlyMap<string, string> {
  const file = join(templatesDir, 'reports', 'glossary', 'acronyms.json');
  const raw = readJsonFile(
    file,
    (reason) =>
      new CasewrightError('validation', `${file} cannot be read: ${reason}`, {
        problems: [{ file, reason: 'not readable JSON' }],
      }),
  );
  const parsed = glossaryFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new CasewrightError('validation', `${file} is not a valid glossary file`, {
      problems: parsed.error.issues.map((i) => ({ file, field: i.path.join('.'), reason: i.message })),
    });
  }
  return new Map(parsed.data.terms.map((t) => [t.term.toUpperCase(), t.definition]));
}

export function gatherReportSources(db: ReadableDb, places: Places): ReportSources {
  return {
    meta: readReviewMeta(db),
    sectionTexts: new Map(listSectionTexts(db).map((s) => [s.key, s.body])),
    people: listPeople(db),
    characteristics: listCharacteristics(db),
    characteristicTemplates: loadCharacteristicTemplates(characteristicTemplatesDir(places.templatesDir)),
    entries: loadEntries(db, entryIds(db, {}, { field: 'date', direction: 'asc' })),
    episodes: listEpisodes(db),
    findings: listFindings(db),
    recommendations: listRecommendations(db),
    panel: listPanelMembers(db),
    glossary: {
      builtIn: loadBuiltInGlossary(places.templatesDir),
      overrides: readGlossaryOverrides(db),
    },
    briefing: readBriefingContent(db),
  };
}
