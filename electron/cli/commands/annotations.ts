import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { annotationStatuses, type Annotation, type AnnotationStatus } from '../../shared/domain/annotations';
import { CasewrightError } from '../../shared/errors';
import type { CliContext } from '../cli-context';

export function describeTarget(annotation: Annotation): string {
  const t = annotation.target;
  switch (t.kind) {
    case 'finding':
      return t.findingId === null ? 'finding (deleted)' : `finding ${t.findingNumber} (id ${t.findingId})`;
    case 'paragraph':
      return t.findingId !== null
        ? `finding ${t.findingNumber} (id ${t.findingId}) paragraph ${t.paragraph}`
        : `paragraph ${t.anchor}`;
    case 'entry':
      return t.entryId === null ? 'chronology entry (deleted)' : `chronology entry ${t.entryId}`;
    case 'unplaced':
      return 'not placed';
  }
}

function formatThread(annotation: Annotation, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const who = [annotation.authorName, annotation.authorRole, annotation.authorAgency]
    .filter((p) => p !== '')
    .join(', ');
  const head =
    depth === 0
      ? `#${annotation.id} [${annotation.status}] on ${describeTarget(annotation)} — ${who}, ${annotation.createdAt}`
      : `${indent}↳ #${annotation.id} ${who}, ${annotation.createdAt}${annotation.status !== 'open' ? ` [${annotation.status}]` : ''}`;
  const quote = depth === 0 && annotation.quotedText !== '' ? [`  on: "${annotation.quotedText}"`] : [];
  return [
    head,
    ...quote,
    `${indent}  ${annotation.text.replace(/\n/g, `\n${indent}  `)}`,
    ...annotation.replies.flatMap((r) => formatThread(r, depth + 1)),
  ];
}

export function registerAnnotationCommands(program: Command, cli: CliContext): void {
  const annotations = program
    .command('annotations')
    .description("Panel members' comments on findings, paragraphs and chronology entries");

  annotations
    .command('import')
    .description('File the Word comments of a returned panel draft as annotations (re-importing adds nothing twice)')
    .argument('<file.cwr>', 'the review file')
    .argument('<returned.docx>', 'the panel draft with comments')
    .option('--author-agency <name>', "the commenters' agency, when the document came from one agency")
    .action(async (file: string, docx: string, options: { authorAgency?: string }) => {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(docx);
      } catch {
        throw new CasewrightError('io', `${basename(docx)}: the file could not be read`);
      }
      await cli.withReview(file, async (ctx) => {
        const report = await cli.call(
          'annotations.importWord',
          {
            fileName: basename(docx),
            bytesBase64: Buffer.from(bytes).toString('base64'),
            ...(options.authorAgency === undefined ? {} : { authorAgency: options.authorAgency }),
          },
          ctx.review.id,
        );
        cli.print(
          `${report.fileName}: ${report.comments} comments; ${report.added} added (${report.placedByAnchor} by bookmark, ${report.placedByQuote} by quoted text), ${report.alreadyImported} already imported.`,
        );
        if (report.unplaced.length > 0) {
          cli.print(`${report.unplaced.length} could not be placed (kept as unplaced annotations):`);
          for (const u of report.unplaced)
            cli.print(
              `  - comment ${u.commentId} by ${u.author}: "${u.text}"${u.quotedText === '' ? '' : ` on "${u.quotedText}"`}`,
            );
        }
      });
    });

  annotations
    .command('list')
    .description('List annotations with their target, author, text and status')
    .argument('<file.cwr>', 'the review file')
    .option('--status <status>', annotationStatuses.join(' | '))
    .option('--json', 'print JSON')
    .action(async (file: string, options: { json?: boolean; status?: string }) => {
      if (options.status !== undefined && !(annotationStatuses as readonly string[]).includes(options.status)) {
        throw new CasewrightError(
          'invalid-arguments',
          `--status ${options.status}: expected ${annotationStatuses.join(', ')}`,
        );
      }
      const status = options.status as AnnotationStatus | undefined;
      await cli.withReview(file, async (ctx) => {
        const list = await cli.call('annotations.list', status === undefined ? {} : { status }, ctx.review.id);
        if (options.json === true) {
          cli.printJson(list);
          return;
        }
        cli.print(list.length === 0 ? 'No annotations.' : list.flatMap((a) => formatThread(a, 0)).join('\n'));
      });
    });
}
