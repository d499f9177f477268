/**
 * The 7-minute briefing as partnerships print it: one landscape A4 page with seven numbered
 * segments around the briefing's title (1 the case in brief, 2 why it matters, 3–5 key learning,
 * 6 things to reflect on, 7 what to do), then an action-plan page a team fills in at its meeting.
 * Key learning comes from the findings marked for the briefing. Generated text is kept short so
 * the graphic reads in seven minutes; the reviewer's own words are never cut.
 */
import type { Finding } from '../../shared/domain/findings';
import type { BriefingPart, BriefingTemplate } from '../../shared/domain/report';
import { richTextToPlain } from '../../shared/lexical/types';
import { formatDay } from '../report/blocks/findings';
import { firstSentence } from '../report/document-dates';
import { heading, paragraph, type GridCell, type InlineRun, type ReportBlock } from '../report/model';
import type { OutputText, ReportSources } from '../report/sources';
import type { BuiltBriefing } from './builder';
import { briefingModel } from './briefing-model';

const runs = (value: string): readonly InlineRun[] => [{ kind: 'text', text: value }];
const paragraphsOf = (value: string): (readonly InlineRun[])[] =>
  value
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => runs(p));

export function marked(sources: ReportSources): Finding[] {
  return (sources.findings ?? [])
    .filter((f) => f.inBriefing && f.type !== 'good-practice')
    .sort((a, b) => a.number - b.number);
}

function headingFor(template: BriefingTemplate, part: BriefingPart, fallback: string): string {
  const found = template.parts.find((p) => p.part === part)?.heading ?? fallback;
  return found.replace(/^[\d–-]+\.\s*/, '');
}

/** The three key learning points: the reviewer's edits, else the marked findings (title and first sentence). */
function learning(sources: ReportSources, text: OutputText): { title: string; body: string }[] {
  const edited = sources.briefing.learningPoints;
  if (edited !== null) return edited.slice(0, 3).map((p) => ({ title: '', body: text.plain(p) }));
  return marked(sources)
    .slice(0, 3)
    .map((f) => ({
      title: text.plain(f.title),
      body: f.body === null ? '' : firstSentence(richTextToPlain(text.rich(f.body)), 220),
    }));
}

/** Questions for a team to discuss: the reviewer's own, else one per learning point. */
function reflectiveQuestions(sources: ReportSources, text: OutputText): string[] {
  if (sources.briefing.reflectiveQuestions.length > 0)
    return sources.briefing.reflectiveQuestions.map((q) => text.plain(q));
  const points = marked(sources).slice(0, 3);
  const generated = points.map((f) => `How would your team notice, and act on, this: “${text.plain(f.title)}”?`);
  return [...generated, 'What would you do differently tomorrow?'].slice(0, 4);
}

/** Segment 7: the reviewer's own words, else a call to use the action plan and the first recommendations as a bulleted list. */
function whatToDo(sources: ReportSources, text: OutputText): Pick<GridCell, 'paragraphs' | 'bullets'> {
  if (sources.briefing.whatToDo !== null) return { paragraphs: paragraphsOf(text.plain(sources.briefing.whatToDo)) };
  const recs = (sources.recommendations ?? []).filter((r) => r.status !== 'not-accepted').slice(0, 3);
  return {
    paragraphs: [
      runs(
        'Discuss this briefing at your next team meeting and agree one change to practice (use the action plan overleaf).',
      ),
    ],
    bullets: recs.map((r) => runs(firstSentence(text.plain(r.text), 140))),
  };
}

export function buildSevenMinuteGrid(
  template: BriefingTemplate,
  sources: ReportSources,
  text: OutputText,
  options: { readonly today: string },
): BuiltBriefing {
  const meta = sources.meta;
  const title = text.plain(meta.title);
  const partnership = text.plain(meta.partnership === '' ? 'the safeguarding partnership' : meta.partnership);
  const content = sources.briefing;
  const scope =
    meta.scopeStart !== null && meta.scopeEnd !== null
      ? ` It looked at ${formatDay(meta.scopeStart)} to ${formatDay(meta.scopeEnd)}.`
      : '';
  const caseInBrief =
    content.background !== null
      ? paragraphsOf(text.plain(content.background))
      : [runs(`${title} is a review commissioned by ${partnership}.${scope} Names have been changed.`)];
  const themes = [...new Set(marked(sources).flatMap((f) => f.tags.map((t) => t.termLabel.toLowerCase())))].slice(0, 3);
  const whyItMatters =
    content.whyItMatters !== null
      ? paragraphsOf(text.plain(content.whyItMatters))
      : [
          runs(
            `The learning applies to every agency working with children and families${themes.length > 0 ? `: ${themes.join('; ')}` : ''}.`,
          ),
        ];
  const points = learning(sources, text);
  const learningHeading = headingFor(template, 'learning', 'Key learning');
  const findingCount = (sources.findings ?? []).length;
  // Fewer than three learning points: the spare segments carry the good practice the review found,
  // then send the reader to the full report, then ask the team a question — never "none", and
  // never the same words twice.
  const spare: { title: string; body: string }[] = [
    ...[...(sources.findings ?? [])]
      .filter((f) => f.type === 'good-practice')
      .sort((a, b) => Number(b.inBriefing) - Number(a.inBriefing) || a.number - b.number)
      .map((f) => ({
        title: `Good practice: ${text.plain(f.title)}`,
        body: f.body === null ? '' : firstSentence(richTextToPlain(text.rich(f.body)), 220),
      })),
    {
      title: 'Read the full report',
      body: `It sets out ${findingCount === 1 ? 'its finding' : `all ${findingCount} findings`}, with the evidence for each, and what agencies have been asked to do.`,
    },
    {
      title: 'Your own work',
      body: 'Which of these learning points has your team seen in its own cases, and what helped?',
    },
  ];
  const learningCell = (index: number): GridCell => {
    const point = points[index] ?? spare[index - points.length];
    return {
      number: String(index + 3),
      title: point === undefined || point.title === '' ? `${learningHeading} ${index + 1}` : point.title,
      paragraphs: point === undefined ? [] : paragraphsOf(point.body),
    };
  };
  const questions = reflectiveQuestions(sources, text);
  const thingsToNote = content.thingsToNote === null ? [] : paragraphsOf(text.plain(content.thingsToNote));
  const cells: GridCell[] = [
    { number: '1', title: headingFor(template, 'background', 'The case in brief'), paragraphs: caseInBrief },
    { number: '2', title: headingFor(template, 'why-it-matters', 'Why it matters'), paragraphs: whyItMatters },
    learningCell(0),
    learningCell(1),
    // The hub: the middle of the second row, as on the printed graphics.
    {
      title: `${template.title}: ${title}`,
      paragraphs: [runs(partnership), runs(formatDay(options.today))],
      hub: true,
    },
    learningCell(2),
    // The questions as a bulleted list under the reviewer's notes: each ends in its own question mark.
    {
      number: '6',
      title: headingFor(template, 'things-to-note', 'Things to reflect on'),
      paragraphs: thingsToNote,
      bullets: questions.map((q) => runs(q)),
    },
    { number: '7', title: headingFor(template, 'what-to-do', 'What to do'), ...whatToDo(sources, text) },
  ];
  // Reading order 1–7 with the hub in the centre: row one 1 2 3 / row two 4 hub 5 / row three 6 7.
  const ordered: GridCell[] = [cells[0]!, cells[1]!, cells[2]!, cells[3]!, cells[4]!, cells[5]!, cells[6]!, cells[7]!];
  const blocks: ReportBlock[] = [
    { kind: 'grid', caption: `${template.title}: seven segments, read in order 1 to 7`, columns: 3, cells: ordered },
    { kind: 'page-break' },
    heading(1, `Action plan: ${title}`),
    paragraph(
      'Use this page at a team meeting: read the briefing together (seven minutes), talk through the questions in segment 6, and agree what your team will do.',
    ),
    {
      kind: 'list',
      ordered: true,
      items: questions.map((q) => ({ runs: runs(q) })),
    },
    {
      kind: 'table',
      caption: 'Team action plan',
      header: ['What we will do', 'Who', 'By when', 'How we will know it worked'],
      columnWidths: [5, 2, 2, 4],
      minRowHeightTwips: 900,
      rows: Array.from({ length: 5 }, () => [{ runs: [] }, { runs: [] }, { runs: [] }, { runs: [] }]),
    },
    paragraph('Team: ____________________    Date of meeting: ______________    Attended: ____________________', {
      style: 'small',
    }),
  ];
  return {
    model: briefingModel(template, title, blocks, { watermarkText: '', orientation: 'landscape' }),
    omitted: [],
  };
}
