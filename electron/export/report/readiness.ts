/**
 * The readiness gate: what stops a report being published as it stands, each problem with the
 * section it shows in and where the reviewer puts it right. A publication export is refused while
 * any remains (drafts may be incomplete: they carry the watermark). The kinds of problem:
 * an empty required section, placeholder text, a finding without evidence or analysis,
 * recommendations without an owner or due date, default title-page fields, missing review dates
 * and an abbreviation the glossary cannot explain. Whatever the builder could not fill (an empty
 * table, a section with nothing in it: its `gaps`, shown in drafts as marked notes) is listed too,
 * so no "nothing here yet" text can reach a publication.
 */
import type { ReadinessPlace, ReadinessProblem, ReportTemplate } from '../../shared/domain/report';
import { richTextToPlain, type RichText } from '../../shared/lexical/types';
import { blocksText, glossaryEntries } from './glossary';
import type { BuiltReport } from './builder';
import type { ReportSources } from './sources';

/**
 * Words that mean "not finished": "To be written once…", "TBC", "TODO", "[insert …]", "XXX",
 * "lorem ipsum". Matched as whole words so "tbc" inside a word does not count.
 */
const PLACEHOLDER =
  /\b(?:to be (?:written|completed|confirmed|added|agreed|inserted|updated|drafted|finalised)|TBC|TBD|TODO|FIXME|lorem ipsum|placeholder)\b|\[\s*(?:insert|add|name|date|agency|tbc)[^\]]*\]|\bX{3,}\b|\?{3,}/i;

function plain(text: RichText | null): string {
  return richTextToPlain(text).trim();
}

/** The words around a placeholder, so the reviewer can find it: "…the analysis is TBC once…". */
function placeholderIn(text: string): string | null {
  const match = PLACEHOLDER.exec(text);
  if (match === null) return null;
  const start = Math.max(0, match.index - 30);
  const end = Math.min(text.length, match.index + match[0].length + 30);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}

const overview: ReadinessPlace = { area: 'overview' };

export function readinessProblems(
  template: ReportTemplate,
  sources: ReportSources,
  built: Pick<BuiltReport, 'model' | 'gaps'>,
): ReadinessProblem[] {
  const { model } = built;
  const problems: ReadinessProblem[] = [];
  const add = (section: string, problem: string, fix: string, place: ReadinessPlace): void => {
    problems.push({ section, problem, fix, place });
  };
  const placeholder = (section: string, what: string, text: string, fix: string, place: ReadinessPlace): void => {
    const found = placeholderIn(text);
    if (found !== null) add(section, `${what} contains placeholder text: “${found}”`, fix, place);
  };
  const meta = sources.meta;
  const blocks = new Set(template.sections.flatMap((s) => s.blocks));
  const sectionOf = (block: string): string =>
    template.sections.find((s) => s.blocks.some((b) => b === block))?.heading ?? 'Report';

  // Title page: the defaults ("Safeguarding partnership", "Independent reviewer") are not a cover.
  if (meta.partnership.trim() === '')
    add(
      'Title page',
      'The partnership is not set, so the title page would say “Safeguarding partnership”.',
      'Overview: Safeguarding partnership',
      overview,
    );
  if (meta.author.trim() === '')
    add(
      'Title page',
      'The lead reviewer is not set, so the title page would say “Independent reviewer”.',
      'Overview: Lead reviewer',
      overview,
    );
  if (meta.scopeStart === null)
    add('Title page', 'The review’s scope start date is missing.', 'Overview: Scope from', overview);
  if (meta.scopeEnd === null)
    add(
      'Title page',
      'The review’s scope end date is missing (ages are worked out at this date).',
      'Overview: Scope to',
      overview,
    );
  placeholder('Title page', 'The title', meta.title, 'Overview: Title', overview);

  if (blocks.has('terms-of-reference')) {
    // Empty terms are a gap the builder reports; here only what is written is read.
    placeholder(
      sectionOf('terms-of-reference'),
      'The terms of reference',
      plain(meta.termsOfReference),
      'Overview: Terms of reference',
      overview,
    );
  }

  // Empty sections, empty tables and missing episodes, entries or people come from the builder.
  problems.push(...built.gaps);

  for (const section of template.sections) {
    if (!section.blocks.includes('section-text')) continue;
    const text = plain(sources.sectionTexts.get(section.key) ?? null);
    placeholder(section.heading, 'The section', text, `Report: section “${section.heading}”`, {
      area: 'report-section',
      key: section.key,
    });
  }

  if (sources.findings !== null) {
    const number = new Map(sources.findings.map((f) => [f.id, f.number]));
    for (const finding of sources.findings) {
      const section = sectionOf(
        finding.type === 'good-practice' && blocks.has('good-practice') ? 'good-practice' : 'findings',
      );
      const place: ReadinessPlace = { area: 'finding', findingId: finding.id };
      const name = `Finding ${number.get(finding.id) ?? ''} (“${finding.title}”)`;
      const body = plain(finding.body);
      if (body === '') add(section, `${name} has no analysis.`, `Findings: finding ${finding.number}`, place);
      else placeholder(section, name, body, `Findings: finding ${finding.number}`, place);
      placeholder(section, `The title of ${name}`, finding.title, `Findings: finding ${finding.number}`, place);
      if (finding.evidence.length === 0)
        add(
          section,
          `${name} cites no evidence from the chronology.`,
          `Findings: finding ${finding.number}, Evidence`,
          place,
        );
    }
  }

  if (sources.recommendations !== null && blocks.has('recommendations')) {
    const section = sectionOf('recommendations');
    for (const r of sources.recommendations) {
      const place: ReadinessPlace = { area: 'recommendations', recommendationId: r.id };
      if (r.ownerAgency === null || r.ownerAgency.trim() === '')
        add(
          section,
          `Recommendation ${r.number} has no owning agency.`,
          `Recommendations: recommendation ${r.number}, Owner`,
          place,
        );
      if (r.dueDate === null)
        add(
          section,
          `Recommendation ${r.number} has no due date.`,
          `Recommendations: recommendation ${r.number}, Due date`,
          place,
        );
      placeholder(section, `Recommendation ${r.number}`, r.text, `Recommendations: recommendation ${r.number}`, place);
    }
  }

  if (blocks.has('glossary')) {
    const pseudonyms = new Set((sources.people ?? []).map((p) => p.pseudonym.toUpperCase()));
    const undefinedTerms = glossaryEntries(blocksText(model.blocks), {
      builtIn: sources.glossary.builtIn,
      overrides: sources.glossary.overrides,
      pseudonyms,
    }).filter((e) => e.definition === '');
    for (const entry of undefinedTerms) {
      add(
        sectionOf('glossary'),
        `The abbreviation “${entry.term}” is used ${entry.uses} time${entry.uses === 1 ? '' : 's'} but not explained.`,
        `Report: Glossary, definition of ${entry.term}`,
        { area: 'glossary', term: entry.term },
      );
    }
  }
  // One problem once: the recommendations table and the action plan report the same gap.
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.problem}\u0000${p.fix}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Title page: The partnership is not set… (fix in Overview: Partnership)" — one line per problem. */
export function describeReadinessProblem(problem: ReadinessProblem): string {
  return `${problem.section}: ${problem.problem} Fix it in ${problem.fix}.`;
}
