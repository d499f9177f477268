import { Option, type Command } from 'commander';
import { REVIEW_KINDS, REVIEW_KIND_LABELS } from '../../shared/domain/review';
import { LATEST_SCHEMA_VERSION } from '../../core/store/migrations';
import { reviewPathSchema } from '../../shared/api/review';
import { titleSchema } from '../../shared/domain/review';
import { CasewrightError } from '../../shared/errors';
import { newPassphraseSchema } from '../../shared/api/passphrase';
import { basename, resolve } from 'node:path';
import type { CliContext } from '../cli-context';

export function registerReviewCommands(program: Command, cli: CliContext): void {
  program
    .command('new')
    .description('Create a new, empty review file')
    .argument('<file.cwr>', 'the review file to create (must not exist)')
    .requiredOption('--title <text>', 'the review title, e.g. "Child R"')
    .addOption(new Option('--kind <kind>', 'the kind of review').choices([...REVIEW_KINDS]).default('lcspr'))
    .option('--encrypt', 'encrypt the new review with a passphrase (typed twice, or CASEWRIGHT_PASSPHRASE)')
    .action(
      async (file: string, options: { title: string; kind: (typeof REVIEW_KINDS)[number]; encrypt?: boolean }) => {
        const path = resolve(parseOrUsage(reviewPathSchema, file, 'file'));
        const title = parseOrUsage(titleSchema, options.title, '--title');
        const passphrase =
          options.encrypt === true ? parseOrRefuse(newPassphraseSchema, await cli.passphrase('new', file)) : undefined;
        const session = await cli.call('review.create', {
          grant: cli.saveGrant(path),
          title,
          kind: options.kind,
          ...(passphrase === undefined ? {} : { passphrase }),
        });
        await cli.call('review.close', { reviewId: session.reviewId });
        cli.print(
          `Created ${session.path} (${REVIEW_KIND_LABELS[options.kind]}: ${title})${passphrase === undefined ? '' : ', encrypted'}`,
        );
      },
    );

  program
    .command('encrypt')
    .description(
      'Encrypt a review file with a passphrase (typed twice, or CASEWRIGHT_PASSPHRASE). Keep the passphrase safe: without it the review cannot be opened',
    )
    .argument('<file.cwr>', 'the review file')
    .action(async (file: string) => {
      const passphrase = parseOrRefuse(newPassphraseSchema, await cli.passphrase('new', file));
      await cli.call('review.encrypt', { grant: cli.saveGrant(resolve(file)), passphrase });
      cli.print(`Encrypted ${basename(file)}. Copies made before now are still unencrypted: delete them.`);
    });

  program
    .command('rekey')
    .description(
      'Change the passphrase of an encrypted review (CASEWRIGHT_PASSPHRASE, then CASEWRIGHT_NEW_PASSPHRASE, or prompts)',
    )
    .argument('<file.cwr>', 'the review file')
    .action(async (file: string) => {
      const current = await cli.passphrase('current', file);
      const replacement = parseOrRefuse(newPassphraseSchema, await cli.passphrase('replacement', file));
      await cli.call('review.rekey', {
        grant: cli.saveGrant(resolve(file)),
        passphrase: current,
        newPassphrase: replacement,
      });
      cli.print(`Changed the passphrase of ${basename(file)}.`);
    });

  program
    .command('erase')
    .description(
      'After deleting people or entries: purge them from the audit trail and the search index and vacuum the file, so nothing of them is left in it (cannot be undone)',
    )
    .argument('<file.cwr>', 'the review file')
    .option(
      '--retention-days <days>',
      'also keep audit before-images only this many days from now on ("off" to keep them for the life of the review)',
    )
    .action(async (file: string, options: { retentionDays?: string }) => {
      await cli.withReview(file, async (ctx) => {
        if (options.retentionDays !== undefined) {
          const days = options.retentionDays === 'off' ? null : Number(options.retentionDays);
          if (days !== null && !(Number.isInteger(days) && days > 0))
            throw new CasewrightError('invalid-arguments', '--retention-days: a whole number of days, or off');
          await cli.call('review.updateAuditRetention', { days }, ctx.review.id);
        }
        const { records } = await cli.call('review.erasePermanently', {}, ctx.review.id);
        cli.print(`Erased ${records} audit records of deleted items from ${basename(file)} and compacted the file.`);
      });
    });

  program
    .command('decrypt')
    .description('Remove the encryption from a review file (its passphrase from a prompt or CASEWRIGHT_PASSPHRASE)')
    .argument('<file.cwr>', 'the review file')
    .action(async (file: string) => {
      await cli.call('review.decrypt', {
        grant: cli.saveGrant(resolve(file)),
        passphrase: await cli.passphrase('current', file),
      });
      cli.print(`Decrypted ${basename(file)}: anyone with the file can now read it.`);
    });

  program
    .command('info')
    .description('Show a review file: title, kind, file format and how many of each thing it holds')
    .argument('<file.cwr>', 'the review file')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      // Read only: `info` never migrates the file or writes a backup beside it.
      await cli.withReview(
        file,
        async (ctx) => {
          // The read-only open checked the file's length, not every page: the dispatcher refuses a
          // file whose damaged page is met while reading (see damagedFileError).
          const session = await cli.call('review.getSession', {}, ctx.review.id);
          const counts = await cli.call('review.getCounts', {}, ctx.review.id);
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
        },
        { readOnly: true },
      );
    });
}

/** Validates a passphrase; a weak one is refused (exit 1) with the schema's plain reason. */
function parseOrRefuse<T>(
  schema: {
    safeParse(
      value: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: readonly { message: string }[] } };
  },
  value: unknown,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new CasewrightError('refused', result.error.issues.map((issue) => issue.message).join('; '));
}

/** Validates one CLI value with the same schema the API uses; a failure is a usage error (exit 2). */
export function parseOrUsage<T>(
  schema: {
    safeParse(
      value: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: readonly { message: string }[] } };
  },
  value: unknown,
  name: string,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new CasewrightError(
    'invalid-arguments',
    `${name}: ${result.error.issues.map((issue) => issue.message).join('; ')}`,
  );
}
