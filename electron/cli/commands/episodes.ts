import type { Command } from 'commander';
import { formatVagueDate } from '../../shared/dates';
import type { KeyPracticeEpisode } from '../../shared/domain/chronology';
import { CasewrightError } from '../../shared/errors';
import type { CliContext } from '../cli-context';
import { addListCommand } from './list-command';

const collectIds = (value: string, previous: readonly number[]): number[] => {
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1) {
    throw new CasewrightError(
      'validation',
      `"${value}" is not an entry number: use the numbers that "casewright chronology list" prints.`,
    );
  }
  return [...previous, id];
};

function describePeriod(episode: KeyPracticeEpisode): string {
  const from = episode.periodFrom === null ? null : formatVagueDate(episode.periodFrom, { longMonths: true });
  const to = episode.periodTo === null ? null : formatVagueDate(episode.periodTo, { longMonths: true });
  if (from === null && to === null) return 'no period given';
  if (from !== null && to !== null) return `${from} to ${to}`;
  return from !== null ? `from ${from}` : `until ${to}`;
}

/**
 * Key practice episodes from a script, so a review built only on the command line can reach the
 * readiness a publication needs (the England and Wales templates require at least one episode).
 */
export function registerEpisodeCommands(program: Command, cli: CliContext): void {
  const episode = program
    .command('episode')
    .description('Key practice episodes: the periods of practice the review analyses');

  episode
    .command('add')
    .description('Add a key practice episode')
    .argument('<file.cwr>', 'the review file')
    .requiredOption('--title <title>', 'the episode title, e.g. "Pre-birth assessment"')
    .option('--from <date>', 'when the period starts, as a date or a vague date ("Spring 2021")')
    .option('--to <date>', 'when the period ends')
    .option('--analysis <text>', "the reviewer's analysis of practice in this episode", '')
    .option('--entry <id>', 'a chronology entry in the episode (repeat for more)', collectIds, [] as number[])
    .option('--json', 'print the episode as JSON')
    .action(
      async (
        file: string,
        options: { title: string; from?: string; to?: string; analysis: string; entry: number[]; json?: boolean },
      ) => {
        await cli.withReview(file, async (ctx) => {
          const added = await cli.call(
            'chronology.addEpisode',
            {
              title: options.title,
              periodFrom: options.from ?? null,
              periodTo: options.to ?? null,
              analysis: options.analysis,
              entryIds: options.entry,
            },
            ctx.review.id,
          );
          if (options.json) cli.printJson(added);
          else
            cli.print(
              `Added the key practice episode "${added.title}" (${describePeriod(added)}; ${added.entryIds.length} entries).`,
            );
        });
      },
    );

  addListCommand(episode, cli, {
    description: 'List the key practice episodes in order',
    method: 'chronology.listEpisodes',
    jsonHelp: 'print the episodes as JSON',
    text: (episodes) =>
      episodes.length === 0
        ? 'No key practice episodes yet. Add one with "casewright episode add".'
        : episodes
            .map((e, index) => `${index + 1}. ${e.title} (${describePeriod(e)}; ${e.entryIds.length} entries)`)
            .join('\n'),
  });
}
