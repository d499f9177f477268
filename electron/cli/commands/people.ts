import { Option, type Command } from 'commander';
import {
  identifierKinds,
  personCategories,
  type Leak,
  type NameWarning,
  type Person,
} from '../../shared/domain/people';
import { describeReadinessProblem } from '../../export/report/readiness';
import { CasewrightError } from '../../shared/errors';
import type { CliContext } from '../cli-context';
import { addListCommand } from './list-command';

const collect = (value: string, previous: readonly string[]): string[] => [...previous, value];

function describePerson(p: Person): string {
  const extras = [
    p.role === '' ? null : p.role,
    p.dateOfBirth === null ? null : `born ${p.dateOfBirth}`,
    p.aliases.length === 0 ? null : `also known as ${p.aliases.join(', ')}`,
  ].filter((x): x is string => x !== null);
  return `${p.pseudonym.padEnd(10)} ${p.realName}${extras.length === 0 ? '' : ` (${extras.join('; ')})`}`;
}

function describeLeak(leak: Leak): string {
  return `  - ${leak.location}: "${leak.matched}" (${leak.description})`;
}

function describeWarning(w: NameWarning): string {
  return `  - ${w.location}: "${w.name}" in "${w.context}"`;
}

export function registerPeopleCommands(program: Command, cli: CliContext): void {
  const person = program
    .command('person')
    .description('The people register: family, household members and professionals');

  person
    .command('add')
    .description('Add a person to the register')
    .argument('<file.cwr>', 'the review file')
    .requiredOption('--name <real name>', 'the real name (never published)')
    .requiredOption('--pseudonym <p>', 'the name used in published output, e.g. "Child R", "RM", "GP1"')
    .requiredOption('--role <role>', 'role, e.g. mother, health visitor')
    .option('--alias <a>', 'another name, alias or nickname (repeat for more)', collect, [] as string[])
    .option('--dob <YYYY-MM-DD>', 'date of birth')
    .option('--relationship <text>', 'relationship to the subject child')
    .addOption(new Option('--category <category>', 'family, household or professional').choices([...personCategories]))
    .action(
      async (
        file: string,
        options: {
          name: string;
          pseudonym: string;
          role: string;
          alias: string[];
          dob?: string;
          relationship?: string;
          category?: Person['category'];
        },
      ) => {
        const added = await cli.withReview(file, (ctx) =>
          cli.call(
            'people.add',
            {
              realName: options.name,
              pseudonym: options.pseudonym,
              role: options.role,
              aliases: options.alias,
              dateOfBirth: options.dob ?? null,
              relationshipToChild: options.relationship ?? '',
              ...(options.category === undefined ? {} : { category: options.category }),
            },
            ctx.review.id,
          ),
        );
        cli.print(`Added ${added.pseudonym} (person ${added.id})`);
      },
    );

  addListCommand(person, cli, {
    description: 'List the people register (real names: keep the output private)',
    method: 'people.list',
    text: (people) => (people.length === 0 ? 'No people registered.' : people.map(describePerson).join('\n')),
  });

  program
    .command('identifier')
    .description('Identifiers to redact from published output (addresses, postcodes, NHS numbers, schools…)')
    .command('add')
    .description('Record an identifier so every publication export redacts it')
    .argument('<file.cwr>', 'the review file')
    .argument('<text>', 'the identifier as written, e.g. "14 Larkspur Close, Westmoor"')
    .addOption(new Option('--kind <kind>', 'what it is').choices([...identifierKinds]).default('other'))
    .action(async (file: string, text: string, options: { kind: (typeof identifierKinds)[number] }) => {
      const added = await cli.withReview(file, (ctx) =>
        cli.call('people.addIdentifier', { text, kind: options.kind }, ctx.review.id),
      );
      cli.print(`Recorded ${added.kind} identifier ${added.id}`);
    });

  program
    .command('check')
    .description(
      'Check the publication version for identifying information (leaks) and anything unfinished (readiness); exits 1 when a publication export would be refused',
    )
    .argument('<file.cwr>', 'the review file')
    .option('--json', 'print the result as JSON: {"leaks": [...], "readiness": [{"section", "problem", "fix"}], ...}')
    .action(async (file: string, options: { json?: boolean }) => {
      // The same check the app's "Ready to publish?" runs; names the reviewer dismissed stay dismissed.
      const result = await cli.withReview(file, (ctx) => cli.call('report.check', {}, ctx.review.id));
      if (options.json === true) {
        cli.printJson(result);
      } else {
        const lines = [
          result.ok
            ? 'Leak check passed: no registered name, alias, date of birth or identifier is left in the publication version.'
            : `Leak check failed: ${result.leaks.length} identifying item${result.leaks.length === 1 ? '' : 's'} in the publication version:`,
          ...result.leaks.map(describeLeak),
        ];
        if (result.warnings.length > 0) {
          lines.push(
            `Possible unregistered names (register or dismiss them):`,
            ...result.warnings.map(describeWarning),
          );
        }
        if (result.omitted.length > 0)
          lines.push(`Not checked (not available in this file): ${result.omitted.join(', ')}`);
        lines.push(
          result.readiness.length === 0
            ? 'Readiness: nothing left to finish.'
            : `Readiness: ${result.readiness.length} thing${result.readiness.length === 1 ? '' : 's'} to finish before publication:`,
          ...result.readiness.map((p) => `  ${describeReadinessProblem(p)}`),
        );
        if (result.ok && result.readiness.length === 0) lines.push('The report can be published.');
        cli.print(lines.join('\n'));
      }
      if (!result.ok || result.readiness.length > 0) {
        const reasons = [
          ...(result.ok ? [] : [`${result.leaks.length} identifying item${result.leaks.length === 1 ? '' : 's'}`]),
          ...(result.readiness.length === 0
            ? []
            : [`${result.readiness.length} thing${result.readiness.length === 1 ? '' : 's'} to finish`]),
        ];
        throw new CasewrightError('refused', `${file}: a publication export would be refused (${reasons.join(', ')})`);
      }
    });
}
