/**
 * Commands for scripting reviews (tests, and boards moving old data in): a person's protected
 * characteristic and a recommendation, both through the same audited services as the app.
 */
import { Option, type Command } from 'commander';
import {
  characteristicIds,
  characteristicStates,
  type CharacteristicId,
  type CharacteristicState,
} from '../../shared/domain/people';
import { recommendationStatuses, type RecommendationStatus } from '../../shared/domain/recommendations';
import { CasewrightError } from '../../shared/errors';
import type { CliContext } from '../cli-context';

const collect = (value: string, previous: readonly string[]): string[] => [...previous, value];

function personCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'person') ?? program.command('person').description('The people register')
  );
}

export function registerBoardScriptingCommands(program: Command, cli: CliContext): void {
  personCommand(program)
    .command('characteristic')
    .description('Record one protected characteristic of a person: its state, and the value when recorded')
    .argument('<file.cwr>', 'the review file')
    .argument('<person>', "the person's id or pseudonym")
    .addOption(
      new Option('--characteristic <name>', 'which characteristic')
        .choices([...characteristicIds])
        .makeOptionMandatory(),
    )
    .addOption(new Option('--state <state>', 'what is known').choices([...characteristicStates]).makeOptionMandatory())
    .option(
      '--value <v>',
      'the recorded value: an option id or label from the value list, or your own words where the list allows',
    )
    .option('--reason <text>', 'why the characteristic does not apply (with --state not-applicable)')
    .option('--source <s>', 'where the information came from, e.g. "GP records"', '')
    .option(
      '--detail <text>',
      'your own words about it, e.g. the condition behind a disability; never printed in reports. ' +
        'Left out, any detail already recorded is kept; --detail "" clears it',
    )
    .action(
      async (
        file: string,
        who: string,
        options: {
          characteristic: CharacteristicId;
          state: CharacteristicState;
          value?: string;
          reason?: string;
          source: string;
          detail?: string;
        },
      ) => {
        await cli.withReview(file, async (ctx) => {
          const people = await cli.call('people.list', {}, ctx.review.id);
          const person = /^\d+$/.test(who)
            ? people.find((p) => p.id === Number(who))
            : people.find((p) => p.pseudonym.toLowerCase() === who.trim().toLowerCase());
          if (person === undefined)
            throw new CasewrightError(
              'not-found',
              `There is no person "${who}" in this review (give their id or pseudonym)`,
            );
          const base = {
            personId: person.id,
            characteristicId: options.characteristic,
            source: options.source,
            ...(options.detail === undefined ? {} : { detail: options.detail.trim() === '' ? null : options.detail }),
          };
          let input;
          if (options.state === 'recorded') {
            if (options.value === undefined || options.value.trim() === '') {
              throw new CasewrightError('invalid-arguments', '--state recorded needs --value');
            }
            const templates = await cli.call('people.listCharacteristicTemplates', {}, ctx.review.id);
            const wanted = options.value.trim().toLowerCase();
            const option = templates
              .find((t) => t.id === options.characteristic)
              ?.options.find((o) => o.id.toLowerCase() === wanted || o.label.toLowerCase() === wanted);
            input = {
              ...base,
              state: 'recorded' as const,
              value:
                option === undefined
                  ? { optionId: null, writeIn: options.value.trim() }
                  : { optionId: option.id, writeIn: null },
            };
          } else if (options.state === 'not-applicable') {
            input = { ...base, state: 'not-applicable' as const, reason: options.reason ?? '' };
          } else {
            if (options.value !== undefined)
              throw new CasewrightError(
                'invalid-arguments',
                `--value is only for --state recorded (the state is ${options.state})`,
              );
            input = { ...base, state: options.state };
          }
          await cli.call('people.updateCharacteristic', input, ctx.review.id);
          cli.print(`Recorded ${options.characteristic} for ${person.pseudonym}: ${options.state.replace(/-/g, ' ')}`);
        });
      },
    );

  const recommendation =
    program.commands.find((c) => c.name() === 'recommendation') ??
    program.command('recommendation').description('The recommendations of a review');
  recommendation
    .command('add')
    .description("Add a recommendation; prints the new recommendation's id")
    .argument('<file.cwr>', 'the review file')
    .requiredOption('--text <text>', 'the recommendation')
    .option('--owner <agency>', 'the owning agency')
    .option('--due <YYYY-MM-DD>', 'the due date')
    .addOption(new Option('--status <status>', 'where it stands').choices([...recommendationStatuses]))
    .option('--finding <id>', 'a finding it answers (repeatable)', collect, [] as string[])
    .action(
      async (
        file: string,
        options: { text: string; owner?: string; due?: string; status?: RecommendationStatus; finding: string[] },
      ) => {
        const findingIds = options.finding.map((id) => {
          if (!/^\d+$/.test(id) || Number(id) < 1)
            throw new CasewrightError(
              'invalid-arguments',
              `--finding ${id}: expected a finding id (a positive whole number)`,
            );
          return Number(id);
        });
        await cli.withReview(file, async (ctx) => {
          const added = await cli.call(
            'recommendations.add',
            {
              text: options.text,
              findingIds,
              ...(options.owner === undefined ? {} : { ownerAgency: options.owner }),
              ...(options.due === undefined ? {} : { dueDate: options.due }),
              ...(options.status === undefined ? {} : { status: options.status }),
            },
            ctx.review.id,
          );
          cli.print(String(added.id));
        });
      },
    );
}
