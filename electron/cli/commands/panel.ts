/**
 * The review panel from a script: add members (name, role, agency) in the order the report's
 * panel table lists them, and list them. Changes go through the dispatcher (same validation,
 * audit log and undo as the app).
 */
import type { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { addListCommand } from './list-command';

interface PanelAddOptions {
  name: string;
  role: string;
  agency: string;
  independence?: string;
}

export function registerPanelCommands(program: Command, cli: CliContext): void {
  const panel = program
    .command('panel')
    .description('The review panel: its members’ names, roles and agencies, as the report’s panel table lists them');
  panel
    .command('add')
    .description('Add a panel member at the end of the panel table')
    .argument('<file.cwr>', 'the review file')
    .requiredOption('--name <name>', 'the member’s name')
    .requiredOption('--role <role>', 'their role on the panel or in their agency, e.g. "Independent chair"')
    .requiredOption('--agency <agency>', 'the agency they represent')
    .option('--independence <text>', 'how their independence from the case was assured')
    .action(async (file: string, options: PanelAddOptions) => {
      await cli.withReview(file, async (ctx) => {
        const member = await cli.call(
          'panel.add',
          {
            name: options.name,
            role: options.role,
            agency: options.agency,
            ...(options.independence === undefined ? {} : { independenceNote: options.independence }),
          },
          ctx.review.id,
        );
        cli.print(
          `Added ${member.name} (${member.role}, ${member.agency}) to the review panel as member ${member.position}`,
        );
      });
    });
  addListCommand(panel, cli, {
    description: 'List the panel members in table order',
    method: 'panel.list',
    json: (members) =>
      members.map((m) => ({
        position: m.position,
        name: m.name,
        role: m.role,
        agency: m.agency,
        independenceNote: m.independenceNote,
      })),
    text: (members) =>
      members.length === 0
        ? 'No panel members are recorded.'
        : members.map((m) => `${String(m.position).padStart(2)}. ${m.name} — ${m.role}, ${m.agency}`).join('\n'),
  });
}
