/**
 * Blocks the statutory templates ask for beyond the findings: the contributors table (each agency
 * and what it provided, from the chronology), the action plan appendix of a domestic homicide
 * review (from the recommendations), and the declarations with signature lines that Welsh reviews
 * carry. The declaration wording is Casewright's own summary of what the guidance asks the
 * reviewer and the chair to confirm; a partnership can replace it with the section's own text.
 */
import type { ChronologyEntry } from '@shared/domain/chronology';
import type { PanelMember } from '@shared/domain/panel';
import { recommendationStatusLabels, type Recommendation } from '@shared/domain/recommendations';
import { documentDate, documentDay } from '../document-dates';
import { draftNote, paragraph, type ReportBlock, type TableCell } from '../model';
import type { OutputText } from '../sources';

const cell = (text: string): TableCell => ({ runs: text === '' ? [] : [{ kind: 'text', text }] });

export function contributorsTable(entries: readonly ChronologyEntry[], text: OutputText): ReportBlock[] {
  if (entries.length === 0) {
    return [
      draftNote('No agency has contributed a chronology.', {
        problem: 'No agency has contributed a chronology, so the contributors table would be empty.',
        fix: 'Chronology: import each agency’s chronology',
        place: { area: 'chronology' },
      }),
    ];
  }
  const byAgency = new Map<string, ChronologyEntry[]>();
  for (const e of entries) byAgency.set(e.agency, [...(byAgency.get(e.agency) ?? []), e]);
  const rows = [...byAgency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([agency, list]) => {
      const sorted = [...list].sort((a, b) => a.date.earliest.localeCompare(b.date.earliest));
      const first = sorted[0]!;
      const last = sorted[sorted.length - 1]!;
      const span =
        first === last ? documentDate(first.date) : `${documentDate(first.date)} to ${documentDate(last.date)}`;
      return [
        cell(text.plain(agency)),
        cell(`A chronology of ${list.length} contact${list.length === 1 ? '' : 's'}, ${span}`),
      ];
    });
  return [
    {
      kind: 'table',
      caption: 'Contributors to the review: each agency and what it provided',
      header: ['Agency', 'What it provided'],
      columnWidths: [2, 3],
      rows,
    },
  ];
}

/**
 * The review panel table (name, role, agency). Panel members are professionals: in a publication
 * every cell passes the anonymiser like the rest of the text, so a name on the people register
 * prints as its pseudonym. Independence notes follow the table, one line per member who has one.
 */
export function panelTable(members: readonly PanelMember[], text: OutputText, sectionKey: string): ReportBlock[] {
  if (members.length === 0) {
    return [
      draftNote('No panel members are recorded.', {
        problem: 'No panel members recorded, so the review panel table would be empty.',
        fix: 'Review panel: add each member’s name, role and agency (casewright panel add)',
        place: { area: 'report-section', key: sectionKey },
      }),
    ];
  }
  const sorted = [...members].sort((a, b) => a.position - b.position);
  const notes = sorted
    .filter((m) => m.independenceNote !== '')
    .map((m) => paragraph(`${text.plain(m.name)}: ${text.plain(m.independenceNote)}`));
  return [
    {
      kind: 'table',
      caption: 'The review panel: each member’s name, role and agency',
      header: ['Name', 'Role', 'Agency'],
      columnWidths: [2, 3, 3],
      rows: sorted.map((m) => [cell(text.plain(m.name)), cell(text.plain(m.role)), cell(text.plain(m.agency))]),
    },
    ...notes,
  ];
}

/** The action plan appendix: one row per recommendation; milestones come from its success measure. */
export function actionPlan(recommendations: readonly Recommendation[], text: OutputText): ReportBlock[] {
  if (recommendations.length === 0)
    return [draftNote('No recommendations are recorded, so the action plan is empty.', NO_RECOMMENDATIONS)];
  const sorted = [...recommendations].sort((a, b) => a.number - b.number);
  return [
    {
      kind: 'table',
      caption:
        'Action plan: each recommendation with its lead agency, milestones, target date and whether it is complete',
      header: ['Recommendation', 'Action to take', 'Lead agency', 'Key milestones', 'Target date', 'Completed'],
      columnWidths: [4, 3, 2, 3, 2, 2],
      rows: sorted.map((r) => [
        cell(`${r.number}. ${text.plain(r.text)}`),
        cell(text.plain(r.boardResponse)),
        cell(r.ownerAgency === null ? '' : text.plain(r.ownerAgency)),
        cell(text.plain(r.successMeasure)),
        cell(r.dueDate === null ? '' : documentDay(r.dueDate)),
        cell(r.status === 'done' ? 'Yes' : recommendationStatusLabels[r.status]),
      ]),
    },
  ];
}

/** Shared by the recommendations table and the action plan: one problem, one fix. */
export const NO_RECOMMENDATIONS = {
  problem: 'No recommendations are recorded.',
  fix: 'Recommendations: add a recommendation',
  place: { area: 'recommendations' },
} as const;

const SIGNATURE_LINES = [
  'Signature: ______________________________',
  'Name: ______________________________',
  'Date: ______________________________',
];

export function declaration(who: 'reviewer' | 'chair'): ReportBlock[] {
  const statements =
    who === 'reviewer'
      ? [
          'I confirm that I have been independent of the agencies and the case under review, and of the line management of those involved.',
          'I have had access to the information I needed, the review was carried out as its terms of reference set out, and the report reflects the learning the review found.',
        ]
      : [
          'I confirm that the panel was made up of people independent of the case and of the line management of the practitioners involved.',
          'The review was carried out as its terms of reference set out, and the panel agrees that the report reflects its findings and is fit for publication.',
        ];
  return [...statements.map((s) => paragraph(s)), ...SIGNATURE_LINES.map((line) => paragraph(line))];
}
