/**
 * Bench: the full LCSPR report with a 20,000-entry chronology appendix, exported by Casewright
 * and, from the same content as Markdown, by pandoc, in the same run. Prints both times, the
 * ratio and peak memory. Targets: ≥ 15× faster than pandoc, < 400 MB peak.
 *
 *   npx tsx test/bench/report-export.ts [rows]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findReportTemplate } from '../../electron/core/report/templates';
import { renderReportDocx } from '../../electron/export/docx/render';
import { buildReportModel } from '../../electron/export/report/builder';
import { assertNever, type InlineRun, type ReportBlock, type ReportModel } from '../../electron/export/report/model';
import { publicationText } from '../../electron/export/report/output-text';
import { manyEntries, samplePeople, sampleSources } from '../fixtures/reports/sources';

export interface ReportBenchResult {
  readonly rows: number;
  /** Building the model: gathering, anonymising every string, glossary, timeline figure. */
  readonly buildMs: number;
  /** Writing the .docx from the model: the like-for-like comparison with pandoc. */
  readonly writeMs: number;
  readonly casewrightMs: number;
  readonly casewrightBytes: number;
  readonly pandocMs: number;
  readonly pandocBytes: number;
  /** pandoc time ÷ our Word-writing time (same content in, .docx out). */
  readonly ratio: number;
  /** pandoc time ÷ our whole publication export (model building and anonymisation included). */
  readonly endToEndRatio: number;
  readonly peakRssMb: number;
  readonly pandocPeakMb: number | null;
}

const md = (text: string): string => text.replace(/([\\`*_[\]|<>#])/g, '\\$1').replace(/\n/g, ' ');

function runsMd(runs: readonly InlineRun[]): string {
  return runs
    .map((r) => {
      switch (r.kind) {
        case 'text':
          return r.bold === true ? `**${md(r.text)}**` : r.italic === true ? `*${md(r.text)}*` : md(r.text);
        case 'link':
          return `[${runsMd(r.runs)}](${r.url})`;
        case 'ref':
          return r.text;
        case 'break':
          return '\\\n';
        case 'tab':
          return ' ';
        default:
          return assertNever(r);
      }
    })
    .join('');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(md).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** The same content as Markdown, as a technical user would hand it to pandoc. */
export function modelToMarkdown(model: ReportModel): string {
  const out: string[] = [`---\ntitle: "${model.title}"\nlang: en-GB\n---`];
  const list = (block: Extract<ReportBlock, { kind: 'list' }>, depth: number): void => {
    block.items.forEach((item, i) => {
      out.push(`${'    '.repeat(depth)}${block.ordered ? `${i + 1}.` : '-'} ${runsMd(item.runs)}`);
      if (item.children !== undefined) list(item.children, depth + 1);
    });
  };
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${md(block.text)}`);
        break;
      case 'paragraph':
        out.push(block.style === 'quote' ? `> ${runsMd(block.runs)}` : runsMd(block.runs));
        break;
      case 'list':
        list(block, 0);
        break;
      case 'table':
        out.push(table(block.header, block.rows.map((r) => r.map((c) => runsMd(c.runs)))));
        break;
      case 'glossary':
        out.push(table(['Abbreviation', 'Meaning'], block.entries.map((e) => [e.term, e.definition])));
        break;
      case 'figure':
        out.push(`*${md(block.caption)}*`);
        break;
      case 'chronology':
        out.push(table(['Date', 'Agency', 'Event or contact', 'Action or outcome', 'Significance'], block.rows.map((r) => [r.date, r.agency, r.event, r.outcome, r.significance])));
        break;
      case 'grid':
        out.push(table(['Segment', 'Text'], block.cells.map((c) => [c.title, c.paragraphs.map((runs) => runs.map((r) => (r.kind === 'text' ? r.text : '')).join('')).join(' ')])));
        break;
      case 'page-break':
        break;
      default:
        assertNever(block);
    }
  }
  return out.join('\n\n') + '\n';
}

function pandocPeakMb(args: readonly string[]): { ms: number; peakMb: number | null } {
  const started = performance.now();
  // GNU time reports the child's peak resident set (kB) as the last line of stderr.
  const timed = spawnSync('/usr/bin/time', ['-f', '%M', 'pandoc', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (timed.error === undefined && timed.status === 0) {
    const kb = Number(timed.stderr.toString().trim().split('\n').pop());
    return { ms: performance.now() - started, peakMb: Number.isFinite(kb) ? Math.round(kb / 1024) : null };
  }
  const again = performance.now();
  execFileSync('pandoc', args);
  return { ms: performance.now() - again, peakMb: null };
}

export async function run(rows = 20_000): Promise<ReportBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'cw-bench-report-'));
  try {
    const template = findReportTemplate(join(process.cwd(), 'templates'), dir, 'lcspr-england').template;
    const register = { people: samplePeople, identifiers: [{ id: 1, text: '14 Larkspur Close', kind: 'address' as const }] };
    const sources = sampleSources({ entries: manyEntries(rows) });

    const started = performance.now();
    const { model } = buildReportModel(template, sources, publicationText(register), { draft: false, today: '2026-11-23' });
    const built = performance.now();
    const buffer = await renderReportDocx(model);
    const writeMs = performance.now() - built;
    const casewrightMs = performance.now() - started;
    const ours = join(dir, 'casewright.docx');
    writeFileSync(ours, buffer);
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

    const markdown = join(dir, 'report.md');
    writeFileSync(markdown, modelToMarkdown(model));
    const theirs = join(dir, 'pandoc.docx');
    const pandoc = pandocPeakMb(['-f', 'markdown', '-t', 'docx', '-o', theirs, markdown]);
    return {
      rows,
      buildMs: Math.round(built - started),
      writeMs: Math.round(writeMs),
      casewrightMs: Math.round(casewrightMs),
      casewrightBytes: buffer.length,
      pandocMs: Math.round(pandoc.ms),
      pandocBytes: statSync(theirs).size,
      ratio: Math.round((pandoc.ms / writeMs) * 10) / 10,
      endToEndRatio: Math.round((pandoc.ms / casewrightMs) * 10) / 10,
      peakRssMb,
      pandocPeakMb: pandoc.peakMb,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatResult(r: ReportBenchResult): string {
  return [
    `report export, ${r.rows.toLocaleString('en-GB')} chronology rows`,
    `  casewright, model → .docx:        ${(r.writeMs / 1000).toFixed(2)} s (${(r.casewrightBytes / 1e6).toFixed(1)} MB .docx)`,
    `  casewright, whole export:         ${(r.casewrightMs / 1000).toFixed(2)} s (building + anonymising the model ${(r.buildMs / 1000).toFixed(2)} s), peak RSS ${r.peakRssMb} MB (target < 400 MB)`,
    `  pandoc, Markdown → .docx:         ${(r.pandocMs / 1000).toFixed(2)} s (${(r.pandocBytes / 1e6).toFixed(1)} MB .docx)${r.pandocPeakMb === null ? '' : `, peak RSS ${r.pandocPeakMb} MB`}`,
    `  ratio (same content → .docx):     ${r.ratio}× faster than pandoc (target ≥ 15×)`,
    `  ratio (whole publication export): ${r.endToEndRatio}× faster than pandoc`,
  ].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '\u0000')) {
  const rows = Number(process.argv[2] ?? 20_000);
  console.log(formatResult(await run(rows)));
}
