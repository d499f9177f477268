import { Option, type Command } from 'commander';
import { REVIEW_KINDS, REVIEW_KIND_LABELS } from '../../shared/domain/review';
import { LATEST_SCHEMA_VERSION } from '../../core/store/migrations';
import { createReview, sessionOf } from '../../core/review/lifecycle';
import { countRows } from '../../core/review/review-info';
import { reviewPathSchema } from '../../shared/api/review';
import { titleSchema } from '../../shared/domain/review';
import { CasewrightError } from '../../shared/errors';
import type { CliContext } from '../cli-context';

export function registerReviewCommands(program: Command, cli: CliContext): void {
  program
    .command('new')
    .description('Create a new, empty review file')
    .argument('<file.cwr>', 'the review file to create (must not exist)')
    .requiredOption('--title <text>', 'the review title, e.g. "Child R"')
    .addOption(new Option('--kind <kind>', 'the kind of review').choices([...REVIEW_KINDS]).default('lcspr'))
    .action((file: string, options: { title: string; kind: (typeof REVIEW_KINDS)[number] }) => {
      const path = parseOrUsage(reviewPathSchema, file, 'file');
      const title = parseOrUsage(titleSchema, options.title, '--title');
      const session = createReview(cli.app, { path, title, kind: options.kind });
      cli.app.reviews.close(session.reviewId);
      cli.print(`Created ${session.path} (${REVIEW_KIND_LABELS[options.kind]}: ${title})`);
    });

  program
    .command('info')
    .description('Show a review file: title, kind, file format and how many of each thing it holds')
    .argument('<file.cwr>', 'the review file')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      await cli.withReview(file, (ctx) => {
        const session = sessionOf(ctx.review);
        const counts = countRows(ctx.review.db);
        const info = {
          path: session.path,
          title: session.meta.title,
          kind: session.meta.kind,
          status: session.meta.status,
          schemaVersion: LATEST_SCHEMA_VERSION,
          counts,
        };
        if (options.json === true) {
          cli.printJson(info);
          return;
        }
        cli.print(
          [
            `Title:       ${info.title}`,
            `Kind:        ${REVIEW_KIND_LABELS[info.kind]}`,
            `Status:      ${info.status}`,
            `File format: ${info.schemaVersion}`,
            'Contents:',
            ...Object.entries(counts).map(([table, count]) => `  ${table}: ${count}`),
          ].join('\n'),
        );
      });
    });
}

/** Validates one CLI value with the same schema the API uses; a failure is a usage error (exit 2). */
export function parseOrUsage<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { message: string }[] } } }, value: unknown, name: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new CasewrightError('invalid-arguments', `${name}: ${result.error.issues.map((issue) => issue.message).join('; ')}`);
}
