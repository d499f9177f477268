import type { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { registerReviewCommands } from './review';
import { registerPeopleCommands } from './people';
import { registerInsightCommands } from './insight';
import { registerTaxonomyCommands } from './taxonomy';
import { registerFindingCommands } from './findings';
import { registerAnnotationCommands } from './annotations';
import { registerChronologyCommands } from './chronology';
import { registerEpisodeCommands } from './episodes';
import { registerExportCommands } from './export';
import { registerBoardScriptingCommands } from './board-scripting';
import { registerBoardCommands } from './board';
import { registerAuthoringCommands } from './authoring';
import { registerPanelCommands } from './panel';
import { registerRequestCommands } from './request';

/** Every command group, in the order `--help` lists them. Each domain adds one line. */
export function registerAllCommands(program: Command, cli: CliContext): void {
  registerReviewCommands(program, cli);
  registerAuthoringCommands(program, cli);
  registerPanelCommands(program, cli);
  registerPeopleCommands(program, cli);
  registerInsightCommands(program, cli);
  registerTaxonomyCommands(program, cli);
  registerFindingCommands(program, cli);
  registerAnnotationCommands(program, cli);
  registerChronologyCommands(program, cli);
  registerEpisodeCommands(program, cli);
  registerRequestCommands(program, cli);
  registerExportCommands(program, cli);
  registerBoardScriptingCommands(program, cli);
  registerBoardCommands(program, cli);
}
