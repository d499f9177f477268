import { z } from 'zod';
import { findingAddSchema } from '../../shared/api/findings';
import { recommendationAddSchema } from '../../shared/api/recommendations';
import { annotationStatuses } from '../../shared/domain/annotations';
import { richTextFromParagraphs } from '../../shared/lexical/types';
import type { WritableDb } from '../store/db-types';
import { addAnnotation, replyToAnnotation, setAnnotationStatus } from '../annotations/annotations';
import { createFinding } from '../findings/create-finding';
import { addRecommendation } from '../recommendations/recommendations';
import type { LoadedTaxonomy } from '../taxonomy/load';
import { validateTaxonomy } from '../taxonomy/validate';
import sampleFindingsFile from '@templates/sample/findings.json';
import scie from '@templates/taxonomies/scie-learning-together.json';
import panel2022 from '@templates/taxonomies/national-panel-themes-2022-23.json';
import domesticAbuse from '@templates/taxonomies/domestic-abuse-themes.json';
import riskFactors from '@templates/taxonomies/risk-factors-triggers.json';
import triennial from '@templates/taxonomies/triennial-2014-17.json';

/**
 * Sample findings for the fictional Child R review, with their recommendations and panel comments:
 * data, in `templates/sample/findings.json` (described there), checked by the API's own schemas as
 * it loads. The taxonomies are bundled rather than read from disk so the sample builds the same in
 * the packaged app.
 */
const bundled: readonly LoadedTaxonomy[] = [
  [scie, 'scie-learning-together.json'],
  [panel2022, 'national-panel-themes-2022-23.json'],
  [domesticAbuse, 'domestic-abuse-themes.json'],
  [riskFactors, 'risk-factors-triggers.json'],
  [triennial, 'triennial-2014-17.json'],
].map(([json, file]) => ({
  taxonomy: validateTaxonomy(json, String(file)),
  origin: 'built-in' as const,
  file: String(file),
}));

/**
 * Entries of the sample chronology chosen by agency and, where given, words in the summary, so
 * the findings follow whatever the chronology sample holds (none are linked if it is absent:
 * the findings then show their "no evidence" flag, which is itself part of the tour).
 */
function entriesFor(db: WritableDb, agency: string, words: readonly string[], limit: number): number[] {
  const match = words.map(() => `e.summary LIKE ?`).join(' OR ');
  const rows = db
    .prepare(
      `SELECT e.id FROM entry e JOIN agency a ON a.id = e.agency_id
       WHERE a.name = ? AND e.merged_into IS NULL ${words.length === 0 ? '' : `AND (${match})`}
       ORDER BY e.date_earliest, e.id LIMIT ?`,
    )
    .all(agency, ...words.map((w) => `%${w}%`), limit) as { id: number }[];
  return rows.map((r) => r.id);
}

const author = { authorName: z.string(), authorAgency: z.string().optional(), authorRole: z.string().optional() };

const sampleFindingsSchema = z.object({
  about: z.string(),
  findings: z.array(
    findingAddSchema.omit({ body: true, evidence: true }).extend({
      /** How recommendations and comments name the finding. */
      key: z.string(),
      body: z.array(z.string()),
      /** Entries by agency and words in the summary: the first `limit`, in date order. */
      evidence: z.array(
        z.object({ agency: z.string(), words: z.array(z.string()), limit: z.number().int().positive() }),
      ),
    }),
  ),
  recommendations: z.array(
    recommendationAddSchema.omit({ findingIds: true }).extend({ findings: z.array(z.string()) }),
  ),
  panelComments: z.array(
    z
      .object({
        /** The finding, or one of its paragraphs by number. */
        on: z.object({ finding: z.string(), paragraph: z.number().int().positive().optional() }),
        ...author,
        text: z.string(),
        createdAt: z.string(),
        reply: z.object({ ...author, text: z.string() }).optional(),
        status: z.enum(annotationStatuses).optional(),
      })
      .strict(),
  ),
});

/** Findings first, then what rests on them: recommendations, then the panel's comments. */
export function seedFindings(db: WritableDb): void {
  const sample = sampleFindingsSchema.parse(sampleFindingsFile);
  const findingIds = new Map<string, number>();
  const findingId = (key: string): number => {
    const id = findingIds.get(key);
    if (id === undefined) throw new Error(`The sample names a finding it does not hold: ${key}`);
    return id;
  };
  // Every finding's evidence is chosen before any finding is written, as the reviewer would.
  const evidence = sample.findings.map((finding) => [
    ...new Set(finding.evidence.flatMap(({ agency, words, limit }) => entriesFor(db, agency, words, limit))),
  ]);
  sample.findings.forEach(({ key, body, ...finding }, index) => {
    const created = createFinding(db, bundled, {
      ...finding,
      body: richTextFromParagraphs(body),
      evidence: evidence[index]!.map((targetId) => ({ kind: 'entry' as const, targetId })),
    });
    findingIds.set(key, created.id);
  });
  for (const { findings, ...recommendation } of sample.recommendations) {
    addRecommendation(db, { ...recommendation, findingIds: findings.map(findingId) });
  }
  for (const { on, reply, status, ...comment } of sample.panelComments) {
    const target =
      on.paragraph === undefined
        ? { kind: 'finding' as const, findingId: findingId(on.finding) }
        : { kind: 'paragraph' as const, anchor: `cw_p_f_${findingId(on.finding)}_${on.paragraph}` };
    const added = addAnnotation(db, { ...comment, target });
    if (reply !== undefined) replyToAnnotation(db, added.id, reply);
    if (status !== undefined) setAnnotationStatus(db, added.id, status);
  }
}
