/**
 * Findings (with type, tags and the evidence they rest on), good practice, and the
 * recommendations table. Each finding heading carries the bookmark `cw_f_<id>` and each of its
 * paragraphs `cw_p_f_<id>_<n>`, so panel comments on the Word draft can be traced back.
 */
import { findingTypeLabels, type Finding } from '../../../shared/domain/findings';
import { recommendationStatusLabels, type Recommendation } from '../../../shared/domain/recommendations';
import { richTextToBlocks } from '../lexical-blocks';
import { heading, paragraph, type ReportBlock, type TableCell } from '../model';
import type { OutputText } from '../sources';

const cell = (text: string, bookmark?: string): TableCell => ({
  runs: text === '' ? [] : [{ kind: 'text', text }],
  ...(bookmark === undefined ? {} : { bookmark }),
});

export function formatDay(iso: string | null): string {
  if (iso === null) return '';
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function findingBlocks(finding: Finding, text: OutputText): ReportBlock[] {
  const blocks: ReportBlock[] = [heading(2, `Finding ${finding.number}: ${text.plain(finding.title)}`, `cw_f_${finding.id}`)];
  const tags = finding.tags.map((t) => `${t.termLabel}${t.direction === 'supports' ? ' (supports good practice)' : t.direction === 'hinders' ? ' (creates unsafe conditions)' : ''}`);
  blocks.push({
    kind: 'paragraph',
    style: 'small',
    runs: [
      { kind: 'text', text: 'Type: ', bold: true },
      { kind: 'text', text: findingTypeLabels[finding.type] },
      ...(tags.length > 0 ? ([{ kind: 'text', text: '. Themes: ', bold: true }, { kind: 'text', text: tags.join('; ') }] as const) : []),
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
    blocks.push({ kind: 'paragraph', runs: [{ kind: 'text', text: 'Evidence', bold: true }] });
    blocks.push({
      kind: 'list',
      ordered: false,
      items: finding.evidence.map((e) => {
        const where = [e.date, e.agency].filter((v): v is string => v !== null && v !== '').join(', ');
        const label = `${e.kind === 'episode' ? 'Key practice episode: ' : ''}${text.plain(e.label)}`;
        const note = e.note === '' ? '' : ` (${text.plain(e.note)})`;
        return { runs: [{ kind: 'text', text: `${where === '' ? '' : `${text.plain(where)}: `}${label}${note}` }] };
      }),
    });
  } else {
    blocks.push(paragraph('This finding does not yet cite evidence from the chronology.', { style: 'small' }));
  }
  return blocks;
}

export function findingsBlocks(findings: readonly Finding[], text: OutputText, goodPractice: boolean): ReportBlock[] {
  const chosen = findings.filter((f) => (f.type === 'good-practice') === goodPractice).sort((a, b) => a.number - b.number);
  if (chosen.length === 0) return [paragraph(goodPractice ? 'No good practice findings are recorded.' : 'No findings are recorded yet.')];
  return chosen.flatMap((f) => findingBlocks(f, text));
}

export function recommendationsTable(recommendations: readonly Recommendation[], text: OutputText): ReportBlock[] {
  if (recommendations.length === 0) return [paragraph('No recommendations are recorded yet.')];
  const sorted = [...recommendations].sort((a, b) => a.number - b.number);
  return [
    {
      kind: 'table',
      caption: 'Recommendations with the owning agency and due date',
      header: ['No.', 'Recommendation', 'Findings', 'Owner', 'Due date', 'Status'],
      columnWidths: [1, 6, 2, 3, 2.5, 2],
      rows: sorted.map((r) => [
        cell(String(r.number)),
        cell(text.plain(r.text) + (r.successMeasure === '' ? '' : `\nSuccess looks like: ${text.plain(r.successMeasure)}`), `cw_p_r_${r.id}_1`),
        cell(r.findingNumbers.map((n) => `Finding ${n}`).join(', ')),
        cell(r.ownerAgency === null ? 'Owner not yet agreed' : text.plain(r.ownerAgency)),
        cell(r.dueDate === null ? 'Not set' : formatDay(r.dueDate)),
        cell(recommendationStatusLabels[r.status]),
      ]),
    },
  ];
}
