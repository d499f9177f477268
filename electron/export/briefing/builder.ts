/**
 * The learning briefing: the 7-minute structure (background; why it matters; key learning
 * points; things to note; what to do, with reflective questions) or its one-page variant.
 * Content comes from the findings marked for the briefing and the reviewer's edits stored in
 * the review; anything not edited is generated. Always anonymised: briefings are shared widely.
 */
import type { Finding } from '../../shared/domain/findings';
import type { BriefingPart, BriefingTemplate, ReadinessProblem } from '../../shared/domain/report';
import { richTextToPlain } from '../../shared/lexical/types';
import { formatDay } from '../report/blocks/findings';
import { buildSevenMinuteGrid, marked } from './seven-minute-grid';
import { briefingModel } from './briefing-model';
import { assertNever, DRAFT_WATERMARK, heading, paragraph, type ReportBlock, type ReportModel } from '../report/model';
import type { OutputText, ReportSources } from '../report/sources';

export interface BuiltBriefing {
  readonly model: ReportModel;
  readonly omitted: readonly string[];
}

function briefingFindings(sources: ReportSources): Finding[] {
  return (sources.findings ?? []).filter((f) => f.inBriefing).sort((a, b) => a.number - b.number);
}

function firstParagraph(finding: Finding, text: OutputText): string {
  if (finding.body === null) return '';
  const plain = richTextToPlain(text.rich(finding.body));
  return (
    plain
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}

/** The learning points as they will be exported: the reviewer's edits, else one per marked finding. */
export function learningPoints(sources: ReportSources, text: OutputText, count: number): string[] {
  const edited = sources.briefing.learningPoints;
  if (edited !== null) return edited.slice(0, count).map((p) => text.plain(p));
  return briefingFindings(sources)
    .slice(0, count)
    .map((f) => {
      const body = firstParagraph(f, text);
      return `${text.plain(f.title)}${body === '' ? '' : ` — ${body}`}`;
    });
}

function paragraphs(value: string, text: OutputText): ReportBlock[] {
  return value
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => paragraph(text.plain(p)));
}

function partBlocks(
  part: BriefingPart,
  template: BriefingTemplate,
  sources: ReportSources,
  text: OutputText,
  omitted: Set<string>,
): ReportBlock[] {
  const content = sources.briefing;
  const meta = sources.meta;
  switch (part) {
    case 'background': {
      if (content.background !== null) return paragraphs(content.background, text);
      const scope =
        meta.scopeStart !== null && meta.scopeEnd !== null
          ? ` It looked at the period from ${formatDay(meta.scopeStart)} to ${formatDay(meta.scopeEnd)}.`
          : '';
      return [
        paragraph(
          text.plain(
            `${meta.title} is a review commissioned by ${meta.partnership === '' ? 'the safeguarding partnership' : meta.partnership}.${scope}`,
          ),
        ),
      ];
    }
    case 'why-it-matters': {
      if (content.whyItMatters !== null) return paragraphs(content.whyItMatters, text);
      const found = briefingFindings(sources);
      if (sources.findings === null) omitted.add('why it matters (findings are not available in this build)');
      const themes = [...new Set(found.flatMap((f) => f.tags.map((t) => t.termLabel)))];
      return [
        paragraph(
          found.length === 0
            ? 'The review’s learning applies to every agency that works with children and families.'
            : `The review found ${found.length} learning point${found.length === 1 ? '' : 's'} for practitioners${themes.length > 0 ? `, about ${themes.slice(0, 4).join(', ').toLowerCase()}` : ''}.`,
        ),
      ];
    }
    case 'learning': {
      const points = learningPoints(sources, text, template.learningPoints);
      // Refused before export (briefingReadiness); never printed as "none".
      if (points.length === 0) return [];
      return [{ kind: 'list', ordered: true, items: points.map((p) => ({ runs: [{ kind: 'text', text: p }] })) }];
    }
    case 'things-to-note': {
      if (content.thingsToNote !== null) return paragraphs(content.thingsToNote, text);
      const good = (sources.findings ?? []).filter((f) => f.type === 'good-practice');
      if (good.length === 0) return [paragraph('Read the full report for the evidence behind each learning point.')];
      return [
        paragraph('Good practice the review found:'),
        {
          kind: 'list',
          ordered: false,
          items: good.map((f) => ({ runs: [{ kind: 'text', text: text.plain(f.title) }] })),
        },
      ];
    }
    case 'what-to-do': {
      const blocks: ReportBlock[] = [];
      if (content.whatToDo !== null) blocks.push(...paragraphs(content.whatToDo, text));
      else {
        const recs = (sources.recommendations ?? []).filter((r) => r.status !== 'not-accepted');
        if (recs.length > 0) {
          blocks.push(paragraph('What agencies have been asked to do:'));
          blocks.push({
            kind: 'list',
            ordered: false,
            items: recs.map((r) => ({ runs: [{ kind: 'text', text: text.plain(r.text) }] })),
          });
        }
      }
      if (content.reflectiveQuestions.length > 0) {
        blocks.push(heading(3, 'Questions for reflection'));
        blocks.push({
          kind: 'list',
          ordered: true,
          items: content.reflectiveQuestions.map((q) => ({ runs: [{ kind: 'text', text: text.plain(q) }] })),
        });
      }
      return blocks.length > 0
        ? blocks
        : [paragraph('Discuss the learning points in your team and agree one change to practice.')];
    }
    default:
      return assertNever(part);
  }
}

/**
 * A briefing is published as soon as it is exported, so one with no key learning is refused: the
 * learning comes from the findings marked for it, or the points the reviewer wrote.
 */
export function briefingReadiness(template: BriefingTemplate, sources: ReportSources): ReadinessProblem[] {
  const edited = (sources.briefing.learningPoints ?? []).filter((p) => p.trim() !== '');
  const available =
    edited.length > 0
      ? edited.length
      : template.layout === 'seven-grid'
        ? marked(sources).length
        : briefingFindings(sources).length;
  if (available > 0) return [];
  return [
    {
      section: template.title,
      problem:
        'No finding is marked for the briefing and no learning points are written, so its key learning would be empty.',
      fix: 'Report: Learning briefing, tick the findings to include (or Findings: “Include in the 7-minute briefing”)',
      place: { area: 'briefing' },
    },
  ];
}

export function buildBriefingModel(
  template: BriefingTemplate,
  sources: ReportSources,
  text: OutputText,
  options: { readonly today: string },
): BuiltBriefing {
  if (template.layout === 'seven-grid') return buildSevenMinuteGrid(template, sources, text, options);
  const omitted = new Set<string>();
  const title = text.plain(sources.meta.title);
  const blocks: ReportBlock[] = [
    heading(1, `${template.title}: ${title}`),
    paragraph(`${text.plain(sources.meta.partnership)} · ${formatDay(options.today)}`, { style: 'small' }),
  ];
  template.parts.forEach((part, index) => {
    if (template.layout === 'seven-pages' && index > 0) blocks.push({ kind: 'page-break' });
    blocks.push(heading(2, part.heading), ...partBlocks(part.part, template, sources, text, omitted));
  });
  return {
    model: briefingModel(template, title, blocks, { watermarkText: DRAFT_WATERMARK }),
    omitted: [...omitted],
  };
}
