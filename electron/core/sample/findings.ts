import type { FindingAddInput } from '../../shared/api/findings';
import { richTextFromParagraphs } from '../../shared/lexical/types';
import type { WritableDb } from '../store/db-types';
import { addAnnotation, replyToAnnotation, setAnnotationStatus } from '../annotations/annotations';
import { createFinding } from '../findings/create-finding';
import { addRecommendation } from '../recommendations/recommendations';
import type { LoadedTaxonomy } from '../taxonomy/load';
import { validateTaxonomy } from '../taxonomy/validate';
import scie from '@templates/taxonomies/scie-learning-together.json';
import panel2022 from '@templates/taxonomies/national-panel-themes-2022-23.json';
import domesticAbuse from '@templates/taxonomies/domestic-abuse-themes.json';
import riskFactors from '@templates/taxonomies/risk-factors-triggers.json';
import triennial from '@templates/taxonomies/triennial-2014-17.json';

/**
 * Sample findings for the fictional Child R review: five findings tagged across taxonomies, resting
 * on entries of the sample chronology, with recommendations (one left without an owner so the
 * tracker shows its flag) and a few panel comments. The taxonomies are bundled rather than read
 * from disk so the sample builds the same in the packaged app.
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

function evidence(ids: readonly number[]): FindingAddInput['evidence'] {
  return [...new Set(ids)].map((targetId) => ({ kind: 'entry' as const, targetId }));
}

/** The sample findings that recommendations and panel comments refer to. */
interface SampleFindingIds {
  readonly policeCallOuts: number;
  readonly childNotSpokenTo: number;
  readonly unknownMan: number;
  readonly schoolListened: number;
}

/** Findings first, then what rests on them: recommendations, then the panel's comments. */
export function seedFindings(db: WritableDb): void {
  const findings = addSampleFindings(db);
  addSampleRecommendations(db, findings);
  addSamplePanelComments(db, findings);
}

function addSampleFindings(db: WritableDb): SampleFindingIds {
  const police = entriesFor(db, 'Westmoor Police', ['domestic incident'], 4);
  const childSeen = [
    ...entriesFor(db, 'Health Visiting', ['Child R'], 3),
    ...entriesFor(db, "Children's Social Care", ['children seen'], 1),
  ];
  const mrC = [
    ...entriesFor(db, 'Health Visiting', ['Dean', 'Mr C'], 2),
    ...entriesFor(db, 'GP Practice', ['Mr C'], 1),
  ];
  const schoolListened = entriesFor(db, 'Westmoor Primary School', ['told'], 1);

  const f1 = createFinding(db, bundled, {
    title: 'Each police call-out was treated as a separate incident',
    type: 'established-learning',
    inBriefing: true,
    body: richTextFromParagraphs([
      "Westmoor Police attended 14 Larkspur Close again and again between 2019 and 2022. Each attendance was risk-assessed on its own, first with RF and later with Mr C, and each notification to Children's Social Care was screened as a single event.",
      'No agency put the call-outs side by side, so the rising risk and the repeated withdrawal of statements were not seen as a pattern of coercive control.',
    ]),
    tags: [
      { taxonomyId: 'scie-learning-together', termId: 'incidents-and-crises', direction: 'hinders' },
      { taxonomyId: 'domestic-abuse-themes', termId: 'no-coordinated-response' },
      { taxonomyId: 'domestic-abuse-themes', termId: 'coercive-control-unrecognised' },
      { taxonomyId: 'risk-factors-triggers', termId: 'minimising-language' },
    ],
    evidence: evidence(police),
  });
  const f2 = createFinding(db, bundled, {
    title: 'Child R was seen but not spoken to',
    type: 'new-learning',
    inBriefing: true,
    body: richTextFromParagraphs([
      'Professionals saw Child R at home visits and assessments, but the records hold nothing of what she said or how she seemed. Her experience of the household was inferred from what adults reported.',
    ]),
    tags: [
      { taxonomyId: 'domestic-abuse-themes', termId: 'child-voice-absent' },
      { taxonomyId: 'domestic-abuse-themes', termId: 'children-as-victims' },
      { taxonomyId: 'scie-learning-together', termId: 'family-professional-interactions', direction: 'hinders' },
    ],
    evidence: evidence(childSeen),
  });
  const f3 = createFinding(db, bundled, {
    title: 'Mr C was an unknown man in the household',
    type: 'established-learning',
    body: richTextFromParagraphs([
      'Mr C moved into the household in 2021. Health visiting recorded a new partner, "Dean", staying most nights; no agency asked who he was or checked his history with the police.',
      'RM was not seen alone after he moved in.',
    ]),
    tags: [
      { taxonomyId: 'risk-factors-triggers', termId: 'unknown-men' },
      { taxonomyId: 'risk-factors-triggers', termId: 'mother-not-seen-alone' },
      { taxonomyId: 'national-panel-themes-2022-23', termId: 'whole-family-risk' },
      { taxonomyId: 'scie-learning-together', termId: 'human-reasoning', direction: 'hinders' },
    ],
    evidence: evidence(mrC),
  });
  const f4 = createFinding(db, bundled, {
    title: "Sibling R's own words were heard and written down at school",
    type: 'good-practice',
    body: richTextFromParagraphs([
      'When Sibling R spoke about shouting at home, the teaching assistant listened, wrote down his words as he said them and passed them to the designated safeguarding lead the same day.',
      'The learning is in what happened next: the record was not shared beyond the school.',
    ]),
    tags: [
      { taxonomyId: 'scie-learning-together', termId: 'family-professional-interactions', direction: 'supports' },
      { taxonomyId: 'triennial-2014-17', termId: 'family-community-resources' },
    ],
    evidence: evidence(schoolListened),
  });
  // Left without evidence on purpose: the workspace shows the "no evidence" flag.
  createFinding(db, bundled, {
    title: 'Supervision did not test the decision to close the case',
    type: 'new-learning',
    body: richTextFromParagraphs(['To be written once the social work manager has been interviewed.']),
    tags: [{ taxonomyId: 'scie-learning-together', termId: 'management-systems', direction: 'hinders' }],
    evidence: [],
  });
  return { policeCallOuts: f1.id, childNotSpokenTo: f2.id, unknownMan: f3.id, schoolListened: f4.id };
}

function addSampleRecommendations(db: WritableDb, findings: SampleFindingIds): void {
  addRecommendation(db, {
    text: "Westmoor Police and Children's Social Care to review repeat domestic abuse notifications for the same address together, looking at the pattern rather than the latest incident.",
    findingIds: [findings.policeCallOuts],
    ownerAgency: 'Westmoor Police',
    successMeasure: 'An audit of 20 repeat-address cases in 2026 shows a joint review for each.',
    dueDate: '2026-09-30',
    priority: 'high',
    status: 'agreed',
    boardResponse: 'Accepted. Progress to be reported to the partnership in October.',
  });
  addRecommendation(db, {
    text: "All agencies to record what a child says and does at every contact, in the child's own words where possible.",
    findingIds: [findings.childNotSpokenTo],
    successMeasure: "Case file audit shows the child's voice recorded in 80% of contacts.",
    dueDate: '2026-12-31',
    priority: 'high',
    status: 'proposed',
  });
  addRecommendation(db, {
    text: 'Health visiting to ask about every adult living in or visiting the home and to see the mother alone at least once each quarter.',
    findingIds: [findings.unknownMan, findings.childNotSpokenTo],
    ownerAgency: 'Health Visiting',
    successMeasure: 'Guidance updated and included in induction.',
    priority: 'medium',
    status: 'in-progress',
  });
}

function addSamplePanelComments(db: WritableDb, findings: SampleFindingIds): void {
  const comment = addAnnotation(db, {
    target: { kind: 'finding', findingId: findings.policeCallOuts },
    authorName: 'Dana Price',
    authorAgency: 'Westmoor Police',
    authorRole: 'Detective Inspector, panel member',
    text: 'Two of the call-outs were linked by the domestic abuse unit in 2022; please reflect that.',
    createdAt: '2026-02-03T09:00:00.000Z',
  });
  replyToAnnotation(db, comment.id, {
    authorName: 'Lead Reviewer',
    authorRole: 'Independent reviewer',
    text: 'Added to paragraph 2; the link was not shared with other agencies.',
  });
  setAnnotationStatus(db, comment.id, 'accepted');
  addAnnotation(db, {
    target: { kind: 'paragraph', anchor: `cw_p_f_${findings.unknownMan}_2` },
    authorName: 'Jo Hart',
    authorAgency: 'Health Visiting',
    authorRole: 'Named nurse, panel member',
    text: 'RM was seen alone once, at the 2021 immunisation clinic.',
    createdAt: '2026-02-03T10:00:00.000Z',
  });
  addAnnotation(db, {
    target: { kind: 'finding', findingId: findings.schoolListened },
    authorName: 'Sam Okafor',
    authorAgency: 'Westmoor Primary School',
    authorRole: 'Designated safeguarding lead',
    text: 'Please say it was a teaching assistant rather than the class teacher.',
    createdAt: '2026-02-04T14:30:00.000Z',
  });
}
