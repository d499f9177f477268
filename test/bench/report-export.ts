/**
 * Bench: the full LCSPR report with a 20,000-entry chronology appendix, exported by Casewright
 * and, from the same content as Markdown, by pandoc, in the same run; for each shape of text
 * (chronology-shapes.ts: varied, template-like, long narratives of 300+ words), each in a process
 * of its own so that peak memory is that shape's. Prints both times, the ratio and peak memory.
 * Targets: whole export < 2 s, ≥ 15× faster than pandoc, < 400 MB peak.
 *
 *   npx tsx test/bench/report-export.ts                 all three shapes
 *   npx tsx test/bench/report-export.ts --shape long [--rows 20000]
 *   npx tsx test/bench/report-export.ts [--shape long] --no-pandoc   Casewright's figures only
 *
 * pandoc takes minutes per shape; `--no-pandoc` leaves it (and the ratios) out, for iterating on
 * our own figures. The figures the README quotes come from the default run, with pandoc.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findReportTemplate } from '../../electron/core/report/templates';
import { renderReportDocx } from '../../electron/export/docx/render';
import { buildReportModel } from '../../electron/export/report/builder';
import { assertNever, type InlineRun, type ReportBlock, type ReportModel } from '../../electron/export/report/model';
import { publicationText } from '../../electron/export/report/output-text';
import { manyEntries, samplePeople, sampleSources } from '../fixtures/reports/sources';
import { CHRONOLOGY_SHAPES, shapedNarratives, type ChronologyShape } from './chronology-shapes';
import { childShape, isMain, peakRssMb, reportToParent, runShapeInChild, timed } from './measure';

export interface ReportBenchResult {
  readonly shape: ChronologyShape;
  readonly rows: number;
  /** Building the model: gathering, anonymising every string, glossary, timeline figure. */
  readonly buildMs: number;
  readonly buildCpuMs: number;
  /** Writing the .docx from the model: the like-for-like comparison with pandoc. */
  readonly writeMs: number;
  readonly casewrightMs: number;
  /** CPU time of the whole export (the machine is shared; wall time also counts waiting). */
  readonly casewrightCpuMs: number;
  /** CPU time of writing the .docx again without estimating the contents' page numbers. */
  readonly writeWithoutPageNumbersCpuMs: number;
  readonly casewrightBytes: number;
  readonly peakRssMb: number;
  /** The baseline, or null when the run was asked to leave it out (`--no-pandoc`). */
  readonly pandoc: PandocResult | null;
}

export interface PandocResult {
  /** pandoc's time, or the time until it was stopped at PANDOC_TIMEOUT_MS (then a lower bound). */
  readonly ms: number;
  readonly finished: boolean;
  readonly bytes: number;
  readonly peakMb: number | null;
  /** pandoc time ÷ our Word-writing time (same content in, .docx out). */
  readonly ratio: number;
  /** pandoc time ÷ our whole publication export (model building and anonymisation included). */
  readonly endToEndRatio: number;
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
        out.push(
          table(
            block.header,
            block.rows.map((r) => r.map((c) => runsMd(c.runs))),
          ),
        );
        break;
      case 'glossary':
        out.push(
          table(
            ['Abbreviation', 'Meaning'],
            block.entries.map((e) => [e.term, e.definition]),
          ),
        );
        break;
      case 'figure':
        out.push(`*${md(block.caption)}*`);
        break;
      case 'chronology':
        out.push(
          table(
            ['Date', 'Agency', 'Event or contact', 'Action or outcome', 'Significance'],
            block.rows.map((r) => [r.date, r.agency, r.event, r.outcome, r.significance]),
          ),
        );
        break;
      case 'grid':
        out.push(
          table(
            ['Segment', 'Text'],
            block.cells.map((c) => [
              c.title,
              [...c.paragraphs, ...(c.bullets ?? [])]
                .map((runs) => runs.map((r) => (r.kind === 'text' ? r.text : '')).join(''))
                .join(' '),
            ]),
          ),
        );
        break;
      case 'draft-note':
        out.push(`> Draft note: ${md(block.text)}`);
        break;
      case 'page-break':
        break;
      default:
        assertNever(block);
    }
  }
  return out.join('\n\n') + '\n';
}

const PANDOC_TIMEOUT_MS = 300_000;

function pandocRun(args: readonly string[]): { ms: number; peakMb: number | null; finished: boolean } {
  const started = performance.now();
  // GNU time reports the child's peak resident set (kB) as the last line of stderr.
  const timed = spawnSync('/usr/bin/time', ['-f', '%M', 'pandoc', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: PANDOC_TIMEOUT_MS,
  });
  const ms = performance.now() - started;
  if (timed.error === undefined && timed.status === 0) {
    const kb = Number(timed.stderr.toString().trim().split('\n').pop());
    return { ms, peakMb: Number.isFinite(kb) ? Math.round(kb / 1024) : null, finished: true };
  }
  if (timed.signal !== null) return { ms, peakMb: null, finished: false };
  // No GNU time here: time pandoc alone.
  const again = performance.now();
  const plain = spawnSync('pandoc', args, { stdio: 'ignore', timeout: PANDOC_TIMEOUT_MS });
  return { ms: performance.now() - again, peakMb: null, finished: plain.status === 0 };
}

/** The report fixture's entries with the narratives of the given shape. */
function shapedEntries(shape: ChronologyShape, rows: number) {
  const texts = shapedNarratives(shape, rows);
  return manyEntries(rows).map((entry, i) => {
    const text = texts[i]!;
    return {
      ...entry,
      agency: text.agency,
      summary: text.summary,
      actionTaken: text.action,
      outcome: text.outcome || entry.outcome,
    };
  });
}

export async function runShape(shape: ChronologyShape, rows = 20_000, withPandoc = true): Promise<ReportBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), `cw-bench-report-${shape}-`));
  try {
    const template = findReportTemplate(join(process.cwd(), 'templates'), dir, 'lcspr-england').template;
    const register = {
      people: samplePeople,
      identifiers: [{ id: 1, text: '14 Larkspur Close', kind: 'address' as const }],
    };
    const sources = sampleSources({ entries: shapedEntries(shape, rows) });

    let buildMs = 0;
    let buildCpuMs = 0;
    let writeMs = 0;
    const whole = await timed(async () => {
      const started = performance.now();
      const startedCpu = process.cpuUsage();
      // The panel copy: a publication export leaves the full chronology out unless asked for it,
      // and the figure to beat is an export with the 20,000-row appendix.
      const { model } = buildReportModel(template, sources, publicationText(register), {
        draft: false,
        fullChronology: true,
        today: '2026-11-23',
      });
      const built = performance.now();
      buildMs = built - started;
      const usedCpu = process.cpuUsage(startedCpu);
      buildCpuMs = (usedCpu.user + usedCpu.system) / 1000;
      const buffer = await renderReportDocx(model);
      writeMs = performance.now() - built;
      return { model, buffer };
    });
    const { model, buffer } = whole.value;
    // Peak memory of the export itself, before the bench's own second render below.
    const peak = peakRssMb();
    // The same document without estimating the contents' page numbers (what the leak check's
    // in-memory build does): the difference is the estimate's share, plus the first render's
    // warm-up (this second render runs on warm code).
    const withoutPageNumbers = await timed(() => renderReportDocx(model, { pageNumbers: false }));
    const ours = join(dir, 'casewright.docx');
    writeFileSync(ours, buffer);

    let pandoc: PandocResult | null = null;
    if (withPandoc) {
      const markdown = join(dir, 'report.md');
      writeFileSync(markdown, modelToMarkdown(model));
      const theirs = join(dir, 'pandoc.docx');
      const ran = pandocRun(['-f', 'markdown', '-t', 'docx', '-o', theirs, markdown]);
      pandoc = {
        ms: Math.round(ran.ms),
        finished: ran.finished,
        bytes: ran.finished ? statSync(theirs).size : 0,
        peakMb: ran.peakMb,
        ratio: Math.round((ran.ms / writeMs) * 10) / 10,
        endToEndRatio: Math.round((ran.ms / whole.wallMs) * 10) / 10,
      };
    }
    return {
      shape,
      rows,
      buildMs: Math.round(buildMs),
      buildCpuMs: Math.round(buildCpuMs),
      writeMs: Math.round(writeMs),
      casewrightMs: Math.round(whole.wallMs),
      casewrightCpuMs: Math.round(whole.cpuMs),
      writeWithoutPageNumbersCpuMs: Math.round(withoutPageNumbers.cpuMs),
      casewrightBytes: buffer.length,
      peakRssMb: peak,
      pandoc,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every shape, each in a fresh process. */
export function run(withPandoc = true): ReportBenchResult[] {
  return CHRONOLOGY_SHAPES.map((shape) => {
    const result = runShapeInChild<ReportBenchResult>(import.meta.url, shape, withPandoc ? [] : ['--no-pandoc']);
    console.log(formatResult(result));
    return result;
  });
}

function formatPandoc(p: PandocResult): string[] {
  const over = p.finished ? '' : ` (did not finish in ${PANDOC_TIMEOUT_MS / 1000} s: a lower bound)`;
  return [
    `  pandoc, Markdown → .docx:         ${(p.ms / 1000).toFixed(2)} s${over}${p.finished ? ` (${(p.bytes / 1e6).toFixed(1)} MB .docx)` : ''}${p.peakMb === null ? '' : `, peak RSS ${p.peakMb} MB`}`,
    `  ratio (whole publication export): ${p.endToEndRatio}× faster than pandoc (target ≥ 15×)`,
    `  ratio (same content → .docx):     ${p.ratio}× faster than pandoc`,
  ];
}

export function formatResult(r: ReportBenchResult): string {
  return [
    `report export, ${r.rows.toLocaleString('en-GB')} chronology rows, ${r.shape} text`,
    `  casewright, whole export:         ${(r.casewrightMs / 1000).toFixed(2)} s wall, ${(r.casewrightCpuMs / 1000).toFixed(2)} s CPU (building + anonymising the model ${(r.buildMs / 1000).toFixed(2)} s, .docx writing ${(r.writeMs / 1000).toFixed(2)} s; ${(r.casewrightBytes / 1e6).toFixed(1)} MB .docx), peak RSS ${r.peakRssMb} MB (targets < 2 s, < 400 MB)`,
    `  of which the contents' page numbers (and the first render's warm-up): about ${(Math.max(0, r.casewrightCpuMs - r.buildCpuMs - r.writeWithoutPageNumbersCpuMs) / 1000).toFixed(2)} s CPU (writing without it ${(r.writeWithoutPageNumbersCpuMs / 1000).toFixed(2)} s CPU; building the model ${(r.buildCpuMs / 1000).toFixed(2)} s CPU)`,
    ...(r.pandoc === null ? ['  pandoc: left out (--no-pandoc)'] : formatPandoc(r.pandoc)),
  ].join('\n');
}

if (isMain(import.meta.url)) {
  const shape = childShape();
  const at = process.argv.indexOf('--rows');
  const rows = at < 0 ? 20_000 : Number(process.argv[at + 1]);
  const withPandoc = !process.argv.includes('--no-pandoc');
  if (shape === null) run(withPandoc);
  else reportToParent(await runShape(shape, rows, withPandoc));
}
