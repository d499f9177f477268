/**
 * Findings (with type, tags and the evidence they rest on), good practice, and the
 * recommendations table. Each finding heading carries the bookmark `cw_f_<id>` and each of its
 * paragraphs `cw_p_f_<id>_<n>`, so panel comments on the Word draft can be traced back.
 *
 * Findings are numbered in one sequence in the order the document prints them (learning
 * findings, then good practice, as the template places them), so a reader never sees 1, 2, 3, 5;
 * recommendations cite those same numbers.
 */
import type { ChronologyEntry, KeyPracticeEpisode } from '@shared/domain/chronology';
import { findingTypeLabels, type EvidenceLink, type Finding } from '@shared/domain/findings';
import { recommendationStatusLabels, type Recommendation } from '@shared/domain/recommendations';
import { documentDate, documentDay, firstSentence } from '../document-dates';
import { richTextToBlocks } from '../lexical-blocks';
import { draftNote, heading, type ReportBlock, type TableCell } from '../model';
import { NO_RECOMMENDATIONS } from './statutory';
import type { OutputText } from '../sources';

const cell = (text: string, bookmark?: string): TableCell => ({
  runs: text === '' ? [] : [{ kind: 'text', text }],
  ...(bookmark === undefined ? {} : { bookmark }),
});

/** UK long date of an ISO day ("3 February 2021"). */
export const formatDay = documentDay;

/** What the findings need from the rest of the review, and the numbers the document gives them. */
export interface FindingsContext {
  readonly entries: readonly ChronologyEntry[] | null;
  readonly episodes: readonly KeyPracticeEpisode[] | null;
  /** Finding id → the number printed in this document. */
  readonly numbers: ReadonlyMap<number, number>;
}

/** Learning findings first, then good practice, each in the reviewer's order: the printed sequence. */
export function documentFindingNumbers(findings: readonly Finding[], goodPracticeFirst = false): Map<number, number> {
  const sorted = [...findings].sort((a, b) => a.number - b.number);
  const learning = sorted.filter((f) => f.type !== 'good-practice');
  const good = sorted.filter((f) => f.type === 'good-practice');
  return new Map(
    (goodPracticeFirst ? [...good, ...learning] : [...learning, ...good]).map((f, index) => [f.id, index + 1]),
  );
}

/** Notes the app wrote itself (they name internal ids) are not the reviewer's words: never printed. */
const generatedNote = /^Evidence for insight pattern\b/;

interface EvidenceLine {
  readonly sortKey: string;
  readonly text: string;
}

/** "3 February 2021, Police — first sentence of the entry" in date order; episodes last. */
function evidenceLines(evidence: readonly EvidenceLink[], context: FindingsContext, text: OutputText): string[] {
  const entries = new Map((context.entries ?? []).map((e) => [e.id, e]));
  const episodes = context.episodes ?? [];
  const lines: EvidenceLine[] = evidence.map((link) => {
    const note = link.note.trim() === '' || generatedNote.test(link.note) ? '' : ` (${text.plain(link.note.trim())})`;
    if (link.kind === 'episode') {
      const index = episodes.findIndex((e) => e.id === link.targetId);
      const title = index < 0 ? link.label : episodes[index]!.title;
      return {
        sortKey: `~${String(index).padStart(4, '0')}`,
        text: `Key practice episode${index < 0 ? '' : ` ${index + 1}`}: ${text.plain(title)}${note}`,
      };
    }
    const entry = entries.get(link.targetId);
    if (entry === undefined) return { sortKey: '~~', text: `${text.plain(link.label)}${note}` };
    return {
      sortKey: `${entry.date.earliest} ${entry.time ?? ''}`,
      text: `${documentDate(entry.date)}, ${text.plain(entry.agency)} — ${firstSentence(text.plain(entry.summary))}${note}`,
    };
  });
  return lines.sort((a, b) => a.sortKey.localeCompare(b.sortKey)).map((l) => l.text);
}

function findingBlocks(finding: Finding, number: number, context: FindingsContext, text: OutputText): ReportBlock[] {
  const blocks: ReportBlock[] = [heading(2, `Finding ${number}: ${text.plain(finding.title)}`, `cw_f_${finding.id}`)];
  const tags = finding.tags.map(
    (t) =>
      `${t.termLabel}${t.direction === 'supports' ? ' (supports good practice)' : t.direction === 'hinders' ? ' (creates unsafe conditions)' : ''}`,
  );
  blocks.push({
    kind: 'paragraph',
    style: 'small',
    runs: [
      { kind: 'text', text: 'Type: ', bold: true },
      { kind: 'text', text: findingTypeLabels[finding.type] },
      ...(tags.length > 0
        ? ([
            { kind: 'text', text: '. Themes: ', bold: true },
            { kind: 'text', text: tags.join('; ') },
          ] as const)
        : []),
    ],
  });
  blocks.push(
    ...richTextToBlocks(finding.body === null ? null : text.rich(finding.body), {
      bookmarkPrefix: `cw_p_f_${finding.id}`,
      numbered: true,
      baseHeadingLevel: 2,
      mentionText: text.mention,
    }),
  );
  if (finding.evidence.length > 0) {
    blocks.push({ kind: 'paragraph', keepWithNext: true, runs: [{ kind: 'text', text: 'Evidence', bold: true }] });
    blocks.push({
      kind: 'list',
      ordered: false,
      items: evidenceLines(finding.evidence, context, text).map((line) => ({ runs: [{ kind: 'text', text: line }] })),
    });
  }
  return blocks;
}

/**
 * `sectionWritten`: the section holds the reviewer's own words. A review may find no good practice
 * to single out and say so in the section; with neither, the section would be empty.
 */
export function findingsBlocks(
  findings: readonly Finding[],
  text: OutputText,
  goodPractice: boolean,
  context: FindingsContext,
  sectionWritten = false,
): ReportBlock[] {
  const chosen = findings
    .filter((f) => (f.type === 'good-practice') === goodPractice)
    .sort((a, b) => (context.numbers.get(a.id) ?? a.number) - (context.numbers.get(b.id) ?? b.number));
  if (chosen.length === 0 && goodPractice) {
    return sectionWritten
      ? []
      : [
          draftNote('No good practice findings are recorded.', {
            problem: 'No good practice is recorded and the section has no text of its own.',
            fix: 'Findings: add a good-practice finding, or write in this section what the review found',
            place: { area: 'findings' },
          }),
        ];
  }
  if (chosen.length === 0)
    return [
      draftNote('No findings are recorded.', {
        problem: 'No findings are recorded.',
        fix: 'Findings: add a finding',
        place: { area: 'findings' },
      }),
    ];
  return chosen.flatMap((f) => findingBlocks(f, context.numbers.get(f.id) ?? f.number, context, text));
}

export function recommendationsTable(
  recommendations: readonly Recommendation[],
  text: OutputText,
  numbers: ReadonlyMap<number, number> = new Map(),
): ReportBlock[] {
  if (recommendations.length === 0) return [draftNote('No recommendations are recorded.', NO_RECOMMENDATIONS)];
  // A publication with a missing owner or due date is refused by the readiness gate; a draft says what is missing.
  const missing = (words: string): string => (text.mode === 'draft' ? words : '');
  const sorted = [...recommendations].sort((a, b) => a.number - b.number);
  const findingRefs = (r: Recommendation): string =>
    r.findingIds
      .map((id, i) => numbers.get(id) ?? r.findingNumbers[i])
      .filter((n): n is number => n !== undefined)
      .sort((a, b) => a - b)
      .map((n) => `Finding ${n}`)
      .join(', ');
  return [
    {
      kind: 'table',
      caption: 'Recommendations with the owning agency and due date',
      header: ['No.', 'Recommendation', 'Findings', 'Owner', 'Due date', 'Status'],
      columnWidths: [1, 6, 2, 3, 2.5, 2],
      rows: sorted.map((r) => [
        cell(String(r.number)),
        cell(
          text.plain(r.text) + (r.successMeasure === '' ? '' : `\nSuccess looks like: ${text.plain(r.successMeasure)}`),
          `cw_p_r_${r.id}_1`,
        ),
        cell(findingRefs(r)),
        cell(r.ownerAgency === null ? missing('Owner not yet agreed') : text.plain(r.ownerAgency)),
        cell(r.dueDate === null ? missing('Not set') : documentDay(r.dueDate)),
        cell(recommendationStatusLabels[r.status]),
      ]),
    },
  ];
}
