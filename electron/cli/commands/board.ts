import { resolve } from 'node:path';
import type { Command } from 'commander';
import { familyRoleLabels, boardCharacteristicLabels } from '../../shared/domain/board';
import { recommendationStatusLabels, type RecommendationStatus } from '../../shared/domain/recommendations';
import { CasewrightError } from '../../shared/errors';
import type * as BoardHandlers from '../../api/board/handlers';
import type { BoardService } from '../../board/board-service';
import { boardSummary } from '../../board/views/summary';
import type { CliContext } from '../cli-context';

interface BoardOptions {
  readonly json?: boolean;
  readonly report?: string;
  readonly xlsx?: string;
  readonly search?: string;
}

export function registerBoardCommands(program: Command, cli: CliContext): void {
  program
    .command('board')
    .description(
      'Learning across many reviews: read every review in the folders and files given (read-only) and summarise them',
    )
    .argument('<folder|file.cwr...>', 'folders of reviews (searched with their subfolders) and review files')
    .option('--json', 'print the summary (or search results) as JSON, with true counts')
    .option('--report <out.docx>', 'write the board report (Word); small numbers are suppressed')
    .option('--xlsx <out.xlsx>', 'write the board workbook, one sheet per view; small numbers are suppressed')
    .option('--search <text>', 'search chronologies, findings and recommendations across the reviews')
    .action(async (roots: string[], options: BoardOptions) => {
      // The board's handlers bring the Word and spreadsheet writers: loaded when the command runs,
      // not at every start of the command line.
      const board = await import('../../api/board/handlers');
      const service = board.boardServiceFor(cli.app);
      try {
        await runBoard(cli, board, service, roots, options);
      } finally {
        service.close();
      }
    });
}

async function runBoard(
  cli: CliContext,
  { boardReportData, writeBoardExportTo }: typeof BoardHandlers,
  service: BoardService,
  roots: readonly string[],
  options: BoardOptions,
): Promise<void> {
  const library = service.load(roots);
  if (options.search !== undefined) {
    const groups = service.search(library, options.search);
    if (options.json === true) {
      cli.printJson({
        reviews: library.reviews.length,
        refused: library.refused.map((r) => ({ file: r.file, reason: r.reason })),
        results: groups,
      });
      return;
    }
    const hits = groups.reduce((n, g) => n + g.hits.length, 0);
    const lines = [
      `${hits} match${hits === 1 ? '' : 'es'} in ${groups.length} review${groups.length === 1 ? '' : 's'} for "${options.search}", best match first`,
    ];
    for (const group of groups) {
      lines.push('', `${group.reviewTitle} (${group.file})`);
      for (const hit of group.hits)
        lines.push(`  ${hit.label}: ${hit.snippet.replace(/\s+/g, ' ')}`, `    ${hit.reason}`);
    }
    cli.print(lines.join('\n'));
    return;
  }
  const written: string[] = [];
  if (options.report !== undefined) {
    const result = await writeBoardExportTo(
      boardReportData(service, library, {}, cli.app.settings.actor()),
      'docx',
      resolve(options.report),
    );
    written.push(`Board report saved to ${result.path}`);
  }
  if (options.xlsx !== undefined) {
    const result = await writeBoardExportTo(
      boardReportData(service, library, {}, cli.app.settings.actor()),
      'xlsx',
      resolve(options.xlsx),
    );
    written.push(`Board workbook saved to ${result.path}`);
  }
  const summary = boardSummary(library, { today: service.today(), updates: service.updates() });
  if (options.json === true) {
    cli.printJson(summary);
  } else {
    const lines = [
      ...written,
      `${summary.reviews} review${summary.reviews === 1 ? '' : 's'} read; ${summary.refused.length} file${summary.refused.length === 1 ? '' : 's'} left out.`,
    ];
    if (summary.themes.length > 0) {
      lines.push('', 'Themes (findings, reviews):');
      for (const t of summary.themes.slice(0, 20))
        lines.push(`  ${t.label}: ${t.findings} findings in ${t.reviews} reviews`);
    }
    const recorded = summary.characteristics.filter(
      (c) => c.recorded + c.notRecorded + c.notAsked + c.declined + c.unknown > 0,
    );
    if (recorded.length > 0) {
      lines.push('', 'Protected characteristics recorded:');
      for (const c of recorded) {
        const total = c.recorded + c.notRecorded + c.notAsked + c.declined + c.unknown;
        lines.push(
          `  ${boardCharacteristicLabels[c.characteristic as keyof typeof boardCharacteristicLabels] ?? c.characteristic}, ${familyRoleLabels[c.role as keyof typeof familyRoleLabels] ?? c.role}: recorded for ${c.recorded} of ${total}`,
        );
      }
    }
    const r = summary.recommendations;
    lines.push(
      '',
      `Recommendations: ${r.total} (${r.overdue} overdue, ${r.noOwner} without an owner); ` +
        Object.entries(r.byStatus)
          .map(([status, n]) => `${recommendationStatusLabels[status as RecommendationStatus] ?? status} ${n}`)
          .join(', '),
    );
    if (summary.refused.length > 0) {
      lines.push('', 'Left out:');
      for (const refused of summary.refused.slice(0, 50)) lines.push(`  ${refused.reason}`);
      if (summary.refused.length > 50)
        lines.push(`  … and ${summary.refused.length - 50} more (use --json for the full list)`);
    }
    cli.print(lines.join('\n'));
  }
  if (library.reviews.length === 0 && library.refused.length > 0 && options.json !== true) {
    throw new CasewrightError('refused', 'No review in the library could be read.');
  }
}
