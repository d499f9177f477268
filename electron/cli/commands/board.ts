import { resolve } from 'node:path';
import type { Command } from 'commander';
import { familyRoleLabels, boardCharacteristicLabels } from '../../shared/domain/board';
import { recommendationStatusLabels, type RecommendationStatus } from '../../shared/domain/recommendations';
import { CasewrightError } from '../../shared/errors';
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
      try {
        await runBoard(cli, roots, options);
      } finally {
        // The library index and the board's updates file stay open between calls in the app; a
        // command closes them when it is done. Loaded here, like the dispatcher, only when used.
        const { closeBoardService } = await import('../../api/board/handlers');
        closeBoardService(cli.app);
      }
    });
}

/** Every step goes through the dispatcher, with the same checks as the app's Boards area. */
async function runBoard(cli: CliContext, roots: readonly string[], options: BoardOptions): Promise<void> {
  // The first read of a large library takes a while: at a terminal, the reviews read are counted on
  // stderr. Every step after it reads the library from the warm index.
  const library = await cli.withProgress((jobId) => cli.call('board.listReviews', { roots, jobId }));
  if (options.search !== undefined) {
    const groups = await cli.call('board.search', { roots, text: options.search });
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
    const result = await exportBoard(cli, roots, 'docx', options.report);
    written.push(`Board report saved to ${result.path}`);
  }
  if (options.xlsx !== undefined) {
    const result = await exportBoard(cli, roots, 'xlsx', options.xlsx);
    written.push(`Board workbook saved to ${result.path}`);
  }
  const summary = await cli.call('board.getSummary', { roots });
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
  if (summary.reviews === 0 && summary.refused.length > 0 && options.json !== true) {
    throw new CasewrightError('refused', 'No review in the library could be read.');
  }
}

/** The whole library, unfiltered, to a path typed on the command line (never over a file Casewright did not make). */
function exportBoard(
  cli: CliContext,
  roots: readonly string[],
  format: 'docx' | 'xlsx',
  path: string,
): Promise<{ readonly path: string }> {
  return cli.call('board.export', {
    roots,
    filter: {},
    format,
    target: { to: 'grant', grant: cli.saveGrant(resolve(path)) },
  });
}
