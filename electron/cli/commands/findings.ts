import type { Command } from 'commander';
import { findingTypeLabels, type Finding, type FindingType } from '../../shared/domain/findings';
import { richTextFromParagraphs } from '../../shared/lexical/types';
import { CasewrightError } from '../../shared/errors';
import type { TagSpec } from '../../shared/api/findings';
import type { CliContext } from '../cli-context';
import { addListCommand } from './list-command';

const typeOptions: Readonly<Record<string, FindingType>> = {
  learning: 'new-learning',
  established: 'established-learning',
  'good-practice': 'good-practice',
};

/** `<taxonomy-id>:<term-id>[:supports|:hinders]` */
export function parseTagOption(value: string): TagSpec {
  const parts = value.split(':');
  const [taxonomyId, termId, direction] = parts;
  if (
    parts.length < 2 ||
    parts.length > 3 ||
    !taxonomyId ||
    !termId ||
    (direction !== undefined && direction !== 'supports' && direction !== 'hinders')
  ) {
    throw new CasewrightError(
      'invalid-arguments',
      `--tag ${value}: expected <taxonomy-id>:<term-id>[:supports|:hinders]`,
    );
  }
  return { taxonomyId, termId, ...(direction === undefined ? {} : { direction }) };
}

function parseId(value: string, option: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new CasewrightError(
      'invalid-arguments',
      `${option} ${value}: expected an entry id (a positive whole number)`,
    );
  return Number(value);
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function formatFinding(f: Finding): string {
  const lines = [
    `${f.number}. ${f.title}  [id ${f.id}; ${findingTypeLabels[f.type]}]${f.withoutEvidence ? '  ! no evidence' : ''}`,
  ];
  for (const tag of f.tags)
    lines.push(`   tag: ${tag.taxonomyId}:${tag.termId}${tag.direction ? `:${tag.direction}` : ''} (${tag.termLabel})`);
  for (const e of f.evidence) lines.push(`   evidence: ${e.kind} ${e.targetId} — ${e.label}`);
  if (f.openAnnotations > 0) lines.push(`   open panel comments: ${f.openAnnotations}`);
  return lines.join('\n');
}

export function registerFindingCommands(program: Command, cli: CliContext): void {
  const finding = program.command('finding').description('Add and list the findings of a review');

  finding
    .command('add')
    .description("Add a finding; prints the new finding's id")
    .argument('<file.cwr>', 'the review file')
    .requiredOption('--title <text>', 'the finding title')
    .option('--body <text>', 'body text (blank lines separate paragraphs)')
    .option('--type <type>', 'learning | established | good-practice', 'learning')
    .option('--tag <taxonomy-id:term-id[:supports|:hinders]>', 'a tag (repeatable)', collect, [])
    .option('--evidence <entry-id>', 'a chronology entry the finding rests on (repeatable)', collect, [])
    .option('--briefing', 'mark the finding for the 7-minute briefing (its key learning comes from marked findings)')
    .action(
      async (
        file: string,
        options: { title: string; body?: string; type: string; tag: string[]; evidence: string[]; briefing?: boolean },
      ) => {
        const type = typeOptions[options.type];
        if (type === undefined)
          throw new CasewrightError(
            'invalid-arguments',
            `--type ${options.type}: expected learning, established or good-practice`,
          );
        const tags = options.tag.map(parseTagOption);
        const evidence = options.evidence.map((id) => ({
          kind: 'entry' as const,
          targetId: parseId(id, '--evidence'),
        }));
        const body =
          options.body === undefined
            ? null
            : richTextFromParagraphs(options.body.split(/\n\s*\n/).map((p) => p.trim()));
        await cli.withReview(file, async (ctx) => {
          const added = await cli.call(
            'findings.add',
            { title: options.title, body, type, tags, evidence, inBriefing: options.briefing === true },
            ctx.review.id,
          );
          cli.print(String(added.id));
        });
      },
    );

  addListCommand(finding, cli, {
    description: 'List the findings in order, with tags, evidence and the "no evidence" flag',
    method: 'findings.list',
    text: (findings) => (findings.length === 0 ? 'No findings yet.' : findings.map(formatFinding).join('\n')),
  });
}
