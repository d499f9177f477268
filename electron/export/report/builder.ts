/**
 * Review → ReportModel. Walks the template's sections in order and asks each generated block for
 * its content. Blocks whose domain is not available (`null` in the sources) are left out and
 * listed in `omitted`, so the caller can say so rather than ship an empty heading silently.
 */
import type { GeneratedBlock, ReadinessProblem, ReportTemplate, TemplateSection } from '../../shared/domain/report';
import { richTextToPlain } from '../../shared/lexical/types';
import { REVIEW_KIND_LABELS } from '../../shared/domain/review';
import { chronologySummary, appendixRows, keyPracticeEpisodes, timelineFigures } from './blocks/chronology';
import { equalityAnalysis, familyTable } from './blocks/family';
import { documentFindingNumbers, findingsBlocks, formatDay, recommendationsTable } from './blocks/findings';
import { actionPlan, contributorsTable, declaration, panelTable } from './blocks/statutory';
import { blocksText, glossaryEntries } from './glossary';
import { richTextToBlocks } from './lexical-blocks';
import {
  assertNever,
  draftNote,
  DRAFT_WATERMARK,
  heading,
  paragraph,
  type ReportBlock,
  type ReportModel,
  type StyleSettings,
  type TitlePage,
} from './model';
import type { OutputText, ReportSources } from './sources';

export interface BuildOptions {
  readonly draft: boolean;
  /** ISO day shown on the title page (tests fix it). */
  readonly today: string;
  readonly logo?: TitlePage['logo'];
  /**
   * Append the full chronology. Published reviews carry the summary timeline; the full
   * chronology stays with the panel, so this defaults to drafts only.
   */
  readonly fullChronology?: boolean;
}

export interface BuiltReport {
  readonly model: ReportModel;
  readonly omitted: readonly string[];
  /** Text drawn inside images; the publication check reads it with the document text. */
  readonly imageText: readonly string[];
  /**
   * What the review does not hold yet, found while building (empty tables, sections with nothing
   * to say): readiness problems. A draft shows each as a marked note; a publication prints none.
   */
  readonly gaps: readonly ReadinessProblem[];
}

interface State {
  readonly sources: ReportSources;
  readonly text: OutputText;
  readonly omitted: Set<string>;
  readonly imageText: string[];
  figures: number;
  /** Sections whose glossary is filled once all other text is known. */
  readonly glossarySlots: number[];
  readonly template: ReportTemplate;
  readonly fullChronology: boolean;
  /** Finding id → the number the document prints (one sequence). */
  readonly findingNumbers: ReadonlyMap<number, number>;
  /** ISO day ages and the equality analysis are worked out at (scope end, else today). */
  readonly at: string;
}

function unavailable(state: State, block: GeneratedBlock, domain: string): ReportBlock[] {
  state.omitted.add(`${block} (${domain} are not available in this build)`);
  return [];
}

function generate(block: GeneratedBlock, section: TemplateSection, state: State, out: ReportBlock[]): void {
  const { sources, text } = state;
  /** The block built from what it needs, or noted as unavailable when that part of the review is not. */
  const fromSource = <T>(source: T | null, domain: string, build: (source: T) => readonly ReportBlock[]) =>
    source === null ? unavailable(state, block, domain) : build(source);
  switch (block) {
    case 'section-text': {
      const body = sources.sectionTexts.get(section.key) ?? null;
      out.push(
        ...richTextToBlocks(body === null ? null : text.rich(body), {
          bookmarkPrefix: `cw_p_s_${section.key}`,
          numbered: true,
          baseHeadingLevel: 1,
          mentionText: text.mention,
        }),
      );
      return;
    }
    case 'terms-of-reference': {
      const tor = sources.meta.termsOfReference;
      if (tor === null || richTextToPlain(tor).trim() === '') {
        out.push(
          draftNote('The terms of reference are not written.', {
            problem: 'The terms of reference are empty.',
            fix: 'Overview: Terms of reference',
            place: { area: 'overview' },
          }),
        );
        return;
      }
      if (section.key !== 'terms' && section.key !== 'scope') out.push(heading(2, 'Terms of reference'));
      out.push(
        ...richTextToBlocks(text.rich(tor), {
          bookmarkPrefix: 'cw_p_s_terms-of-reference',
          numbered: true,
          baseHeadingLevel: 2,
          mentionText: text.mention,
        }),
      );
      return;
    }
    case 'family-table':
      out.push(
        ...fromSource(sources.people, 'people', (people) =>
          familyTable(people, sources.meta.scopeEnd, text, state.template.subject),
        ),
      );
      return;
    case 'equality-analysis':
      if (sources.people === null || sources.characteristics === null) {
        out.push(...unavailable(state, block, 'people and protected characteristics'));
        return;
      }
      if (!/equality/i.test(section.heading)) out.push(heading(2, 'Equality and diversity'));
      out.push(
        ...equalityAnalysis(sources.people, sources.characteristics, sources.characteristicTemplates, text, state.at),
      );
      return;
    case 'chronology-summary':
      out.push(...fromSource(sources.entries, 'chronology entries', (entries) => chronologySummary(entries, text)));
      return;
    case 'key-practice-episodes':
      if (sources.episodes === null || sources.entries === null) {
        out.push(...unavailable(state, block, 'key practice episodes'));
        return;
      }
      out.push(...keyPracticeEpisodes(sources.episodes, sources.entries, text));
      return;
    case 'findings':
    case 'good-practice':
      out.push(
        ...fromSource(sources.findings, 'findings', (findings) =>
          findingsBlocks(
            findings,
            text,
            block === 'good-practice',
            { entries: sources.entries, episodes: sources.episodes, numbers: state.findingNumbers },
            sectionWritten(sources, section),
          ),
        ),
      );
      return;
    case 'recommendations':
      out.push(
        ...fromSource(sources.recommendations, 'recommendations', (recommendations) =>
          recommendationsTable(recommendations, text, state.findingNumbers),
        ),
      );
      return;
    case 'glossary':
      // Filled at the end (the builder notes where it lands): the glossary lists what the finished text uses.
      out.push({ kind: 'glossary', entries: [] });
      return;
    case 'timeline-figure': {
      if (sources.entries === null) {
        out.push(...unavailable(state, block, 'chronology entries'));
        return;
      }
      for (const figure of timelineFigures(sources.entries, text, state.figures + 1)) {
        state.figures += 1;
        state.imageText.push(...figure.imageText);
        out.push(figure.block);
      }
      return;
    }
    case 'contributors-table':
      out.push(...fromSource(sources.entries, 'chronology entries', (entries) => contributorsTable(entries, text)));
      return;
    case 'review-panel':
      out.push(...fromSource(sources.panel, 'panel members', (panel) => panelTable(panel, text, section.key)));
      return;
    case 'action-plan':
      out.push(
        ...fromSource(sources.recommendations, 'recommendations', (recommendations) =>
          actionPlan(recommendations, text),
        ),
      );
      return;
    case 'reviewer-declaration':
    case 'chair-declaration':
      out.push(...declaration(block === 'reviewer-declaration' ? 'reviewer' : 'chair'));
      return;
    case 'chronology-appendix':
      if (!state.fullChronology) return;
      out.push(
        ...fromSource(sources.entries, 'chronology entries', (entries) => [
          { kind: 'chronology' as const, rows: appendixRows(entries, text) },
        ]),
      );
      return;
    default:
      assertNever(block);
  }
}

/** What an empty section says in a draft; the readiness check refuses to publish it. */
export const NOT_WRITTEN = 'This section is not written.';

function sectionWritten(sources: ReportSources, section: TemplateSection): boolean {
  return (
    section.blocks.includes('section-text') &&
    richTextToPlain(sources.sectionTexts.get(section.key) ?? null).trim() !== ''
  );
}

/**
 * Collects the section's draft notes as readiness problems and, in a publication, takes them out:
 * no "nothing here yet" text ever reaches a document that could be published.
 */
function settleNotes(
  section: TemplateSection,
  sectionBlocks: ReportBlock[],
  draft: boolean,
  gaps: ReadinessProblem[],
): ReportBlock[] {
  for (const block of sectionBlocks) {
    if (block.kind === 'draft-note' && block.gap !== null) gaps.push({ section: section.heading, ...block.gap });
  }
  return draft ? sectionBlocks : sectionBlocks.filter((b) => b.kind !== 'draft-note');
}

export function styleSettings(template: Pick<ReportTemplate, 'style'>): StyleSettings {
  const { logo: _logo, ...style } = template.style;
  return style;
}

export function buildReportModel(
  template: ReportTemplate,
  sources: ReportSources,
  text: OutputText,
  options: BuildOptions,
): BuiltReport {
  const blockOrder = template.sections.flatMap((s) => s.blocks);
  const goodPracticeFirst =
    blockOrder.includes('good-practice') &&
    blockOrder.indexOf('good-practice') < Math.max(0, blockOrder.indexOf('findings'));
  const state: State = {
    sources,
    text,
    omitted: new Set(),
    imageText: [],
    figures: 0,
    glossarySlots: [],
    template,
    fullChronology: options.fullChronology ?? options.draft,
    findingNumbers: documentFindingNumbers(sources.findings ?? [], goodPracticeFirst),
    at: sources.meta.scopeEnd ?? options.today,
  };
  const blocks: ReportBlock[] = [];
  const gaps: ReadinessProblem[] = [];
  for (const section of template.sections) {
    // The full chronology appendix is left out (heading and all) unless asked for.
    if (!state.fullChronology && section.blocks.every((b) => b === 'chronology-appendix')) continue;
    const content: ReportBlock[] = [];
    for (const block of section.blocks) generate(block, section, state, content);
    if (content.length === 0) {
      // An optional section with nothing in it is left out of a publication, heading and all; a
      // required one is a readiness problem. Drafts show the gap either way.
      if (!options.draft && !section.required) continue;
      content.push(
        draftNote(
          NOT_WRITTEN,
          section.required
            ? {
                problem: 'This required section is empty.',
                fix: `Report: section “${section.heading}”`,
                place: { area: 'report-section', key: section.key },
              }
            : null,
        ),
      );
    }
    if (section.appendix) blocks.push({ kind: 'page-break' });
    blocks.push(heading(1, section.heading));
    for (const block of settleNotes(section, content, options.draft, gaps)) {
      if (block.kind === 'glossary') state.glossarySlots.push(blocks.length);
      blocks.push(block);
    }
  }
  if (state.glossarySlots.length > 0) {
    const pseudonyms = new Set((sources.people ?? []).map((p) => p.pseudonym.toUpperCase()));
    const entries = glossaryEntries(blocksText(blocks), {
      builtIn: sources.glossary.builtIn,
      overrides: sources.glossary.overrides,
      pseudonyms,
    })
      .filter((e) => e.definition !== '')
      .map((e) => ({ term: e.term, definition: text.plain(e.definition) }));
    for (const slot of state.glossarySlots) {
      blocks[slot] =
        entries.length === 0
          ? paragraph('The report uses no abbreviations that need explaining.')
          : { kind: 'glossary', entries };
    }
  }
  const meta = sources.meta;
  const title = text.plain(meta.title);
  const kindLabel = template.documentType;
  const model: ReportModel = {
    title: `${title}: ${kindLabel}`,
    subject: REVIEW_KIND_LABELS[meta.kind],
    language: 'en-GB',
    titlePage: {
      title,
      subtitle: kindLabel,
      partnership: text.plain(meta.partnership === '' ? 'Safeguarding partnership' : meta.partnership),
      author: text.plain(meta.author === '' ? 'Independent reviewer' : meta.author),
      date: formatDay(options.today),
      status: options.draft
        ? 'Draft for panel — not for publication'
        : meta.status === 'published'
          ? 'Published'
          : 'Final for publication',
      ...(options.logo === undefined ? {} : { logo: options.logo }),
    },
    tableOfContents: true,
    draft: options.draft,
    watermarkText: DRAFT_WATERMARK,
    headerText: `${title} — ${kindLabel}`,
    style: styleSettings(template),
    blocks,
  };
  return { model, omitted: [...state.omitted], imageText: state.imageText, gaps };
}
