import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { CasewrightError } from '../../shared/errors';
import { userTaxonomyDir } from '../../core/taxonomy/load';
import type { CliContext } from '../cli-context';

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CasewrightError(
      'io',
      `${basename(file)}: the file could not be read (${error instanceof Error && 'code' in error ? String(error.code) : 'error'})`,
    );
  }
}

/**
 * `casewright taxonomy …`. Imported taxonomies go to `<app home>/taxonomies/` (the app home is
 * $CASEWRIGHT_HOME, else ~/.config/casewright), one file per id and version, beside the built-in
 * ones in templates/taxonomies/.
 */
export function registerTaxonomyCommands(program: Command, cli: CliContext): void {
  const taxonomy = program
    .command('taxonomy')
    .description('List, import and export the taxonomies findings are tagged with');

  taxonomy
    .command('list')
    .description('List the taxonomies available (built in and imported), with their versions')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const list = await cli.call('taxonomy.list', {});
      if (options.json === true) {
        cli.printJson(list);
        return;
      }
      for (const t of list) {
        const notes = [
          t.origin === 'user' ? 'imported' : 'built in',
          t.requiresDirection ? 'tags need a direction' : undefined,
          t.unverified ? 'some wording not yet confirmed against the publication' : undefined,
        ]
          .filter((n) => n !== undefined)
          .join('; ');
        cli.print(`${t.id}  ${t.version}  ${t.title}  (${t.termCount} terms; ${notes})`);
      }
    });

  taxonomy
    .command('import')
    .description(`Add a taxonomy (.json) or a REFI-QDA codebook (.qdc); it is saved in <app home>/taxonomies/`)
    .argument('<file>', 'a taxonomy .json file or a .qdc codebook')
    .action(async (file: string) => {
      const imported = await cli.call('taxonomy.import', { fileName: basename(file), text: readText(file) });
      for (const t of imported) cli.print(`Imported ${t.id} ${t.version}: ${t.title} (${t.termCount} terms)`);
      cli.print(`Saved in ${userTaxonomyDir(cli.app.home)}`);
    });

  taxonomy
    .command('export')
    .description('Write a taxonomy as a REFI-QDA codebook for NVivo, ATLAS.ti or QualCoder')
    .argument('<taxonomy-id>', 'the id shown by "casewright taxonomy list"')
    .requiredOption('--qdc <out.qdc>', 'the codebook file to write')
    .action(async (id: string, options: { qdc: string }) => {
      const { xml } = await cli.call('taxonomy.exportQdc', { ids: [id] });
      const out = resolve(options.qdc);
      try {
        writeFileSync(out, xml);
      } catch {
        throw new CasewrightError('io', `${basename(out)}: the codebook could not be written`);
      }
      cli.print(`Wrote ${out}`);
    });
}
