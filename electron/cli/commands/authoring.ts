/**
 * Authoring from a script: set the review's details and write report sections from text or
 * Markdown files, so a complete report can be built without the app. Every change goes through
 * the dispatcher (same validation, audit log and undo as the UI).
 */
import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { REVIEW_KINDS, REVIEW_STATUSES, type ReviewMetaPatch } from '../../shared/domain/review';
import { richTextFromMarkdown } from '../../shared/lexical/markdown';
import { richTextToPlain } from '../../shared/lexical/types';
import { CasewrightError } from '../../shared/errors';
import type { CliContext } from '../cli-context';
import { addListCommand } from './list-command';

function readTextFile(path: string, option: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new CasewrightError(
      'invalid-arguments',
      `${option} ${path}: cannot be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

interface ReviewSetOptions {
  title?: string;
  kind?: (typeof REVIEW_KINDS)[number];
  partnership?: string;
  author?: string;
  status?: (typeof REVIEW_STATUSES)[number];
  scopeStart?: string;
  scopeEnd?: string;
  termsFile?: string;
}

export function registerAuthoringCommands(program: Command, cli: CliContext): void {
  const review = program
    .command('review')
    .description("Set a review's details (title, partnership, lead reviewer, scope, status, terms of reference)");
  review
    .command('set')
    .description('Change the details shown on the title page and used for ages (scope end)')
    .argument('<file.cwr>', 'the review file')
    .option('--title <text>', 'the review title, e.g. "Child R"')
    .addOption(new Option('--kind <kind>', 'the kind of review').choices([...REVIEW_KINDS]))
    .option('--partnership <name>', 'the safeguarding partnership or board that commissioned it')
    .option('--author <name>', 'the lead (independent) reviewer')
    .addOption(new Option('--status <status>', 'where the review stands').choices([...REVIEW_STATUSES]))
    .option('--scope-start <YYYY-MM-DD>', 'first day of the period the review looks at')
    .option('--scope-end <YYYY-MM-DD>', 'last day of the period (ages in the report are worked out at this date)')
    .option('--terms-file <file>', 'the terms of reference, from a text or Markdown file')
    .action(async (file: string, options: ReviewSetOptions) => {
      const patch: ReviewMetaPatch = {
        ...(options.title === undefined ? {} : { title: options.title }),
        ...(options.kind === undefined ? {} : { kind: options.kind }),
        ...(options.partnership === undefined ? {} : { partnership: options.partnership }),
        ...(options.author === undefined ? {} : { author: options.author }),
        ...(options.status === undefined ? {} : { status: options.status }),
        ...(options.scopeStart === undefined ? {} : { scopeStart: options.scopeStart }),
        ...(options.scopeEnd === undefined ? {} : { scopeEnd: options.scopeEnd }),
      };
      const terms =
        options.termsFile === undefined
          ? undefined
          : richTextFromMarkdown(readTextFile(options.termsFile, '--terms-file'));
      if (Object.keys(patch).length === 0 && terms === undefined)
        throw new CasewrightError(
          'invalid-arguments',
          'Nothing to set: give at least one option, e.g. --partnership <name>',
        );
      await cli.withReview(file, async (ctx) => {
        let meta = Object.keys(patch).length === 0 ? null : await cli.call('review.updateMeta', patch, ctx.review.id);
        if (terms !== undefined)
          meta = await cli.call('review.updateTermsOfReference', { termsOfReference: terms }, ctx.review.id);
        if (meta !== null) {
          const scope =
            meta.scopeStart === null || meta.scopeEnd === null ? 'not set' : `${meta.scopeStart} to ${meta.scopeEnd}`;
          cli.print(
            `Updated ${meta.title}: partnership ${meta.partnership === '' ? 'not set' : meta.partnership}; lead reviewer ${meta.author === '' ? 'not set' : meta.author}; scope ${scope}; status ${meta.status}`,
          );
        }
      });
    });

  const section = program
    .command('section')
    .description('The sections of the report: list them, or write one from a text or Markdown file');
  addListCommand(section, cli, {
    description: "List the chosen template's sections in report order, with their keys and whether each is written",
    method: 'report.listSections',
    json: (sections) =>
      sections.map((s) => ({
        key: s.key,
        heading: s.heading,
        editable: s.editable,
        written: richTextToPlain(s.body).trim() !== '',
        text: richTextToPlain(s.body),
      })),
    text: (sections) =>
      sections
        .map(
          (s) =>
            `${s.key.padEnd(28)} ${s.heading}${s.editable ? (richTextToPlain(s.body).trim() === '' ? '  (not written)' : '  (written)') : '  (generated)'}`,
        )
        .join('\n'),
  });
  section
    .command('set')
    .description('Write (replace) the text of one section from a text or Markdown file (headings, lists, bold, italic)')
    .argument('<file.cwr>', 'the review file')
    .argument('<section-key>', 'the section key, as `casewright section list` shows it')
    .requiredOption('--text-file <file>', 'the text, plain or Markdown; an empty file clears the section')
    .action(async (file: string, key: string, options: { textFile: string }) => {
      const source = readTextFile(options.textFile, '--text-file');
      await cli.withReview(file, async (ctx) => {
        const sections = await cli.call('report.listSections', {}, ctx.review.id);
        const target = sections.find((s) => s.key === key);
        if (target === undefined) {
          throw new CasewrightError(
            'invalid-arguments',
            `There is no section "${key}" in this review's template. Sections: ${sections
              .filter((s) => s.editable)
              .map((s) => s.key)
              .join(', ')}`,
          );
        }
        if (!target.editable)
          throw new CasewrightError(
            'invalid-arguments',
            `The section "${target.heading}" is generated from the review's data and holds no text of its own.`,
          );
        const body = source.trim() === '' ? null : richTextFromMarkdown(source);
        await cli.call('report.updateSectionText', { key, body }, ctx.review.id);
        cli.print(
          body === null
            ? `Cleared "${target.heading}"`
            : `Wrote "${target.heading}" (${
                richTextToPlain(body)
                  .split(/\s+/)
                  .filter((w) => w !== '').length
              } words)`,
        );
      });
    });
}
