import type { Command } from 'commander';
import type { Api } from '../../shared/api/contract';
import type { ArgsOf, MethodsOfScope, ResultOf } from '../../shared/api/define';
import type { CliContext } from '../cli-context';

/** The review methods that need no arguments (`panel.list`, `findings.list`…). */
type ListMethod = {
  [K in MethodsOfScope<Api, 'review'>]: Record<string, never> extends ArgsOf<Api[K]> ? K : never;
}[MethodsOfScope<Api, 'review'>];

/** How a list prints: each row as JSON (`--json`), else one line a row (and a closing line), or `empty`. */
export interface RowsPrint<T> {
  readonly json: boolean;
  readonly asJson: (row: T) => unknown;
  /** Said instead of the lines when there are no rows. */
  readonly empty: string;
  readonly line: (row: T) => string;
  /** A closing line under the rows (counts, dates covered); not printed when there are none. */
  readonly footer?: (rows: readonly T[]) => string;
}

/** Prints a list as `RowsPrint` says; every list command that has its own options prints this way. */
export function printRows<T>(cli: CliContext, rows: readonly T[], how: RowsPrint<T>): void {
  if (how.json) {
    cli.printJson(rows.map(how.asJson));
    return;
  }
  if (rows.length === 0) {
    cli.print(how.empty);
    return;
  }
  for (const row of rows) cli.print(how.line(row));
  if (how.footer !== undefined) cli.print(how.footer(rows));
}

/**
 * Adds `<group> list <file.cwr> [--json]`: reads one list through the dispatcher and prints it,
 * as JSON (`json`, or the rows as they are) or as text. Every group's list reads the same way.
 */
export function addListCommand<K extends ListMethod>(
  group: Command,
  cli: CliContext,
  spec: {
    readonly description: string;
    readonly method: K;
    /** What `--json` says it prints; default "print JSON". */
    readonly jsonHelp?: string;
    readonly json?: (rows: ResultOf<Api[K]>) => unknown;
    readonly text: (rows: ResultOf<Api[K]>) => string;
  },
): Command {
  return group
    .command('list')
    .description(spec.description)
    .argument('<file.cwr>', 'the review file')
    .option('--json', spec.jsonHelp ?? 'print JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const rows = await cli.withReview(file, (ctx) => cli.call(spec.method, {} as ArgsOf<Api[K]>, ctx.review.id));
      if (options.json === true) cli.printJson(spec.json === undefined ? rows : spec.json(rows));
      else cli.print(spec.text(rows));
    });
}
