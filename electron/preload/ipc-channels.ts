/**
 * The only IPC channels between the renderer and main. Pure constants, shared by the preload
 * (sender) and main (handler), so a typo cannot open an unhandled or unchecked channel.
 */
import type { MenuCommand } from '../shared/api/bridge-types';

export const IPC_INVOKE = 'casewright:invoke';
export const IPC_DIALOG = 'casewright:dialog';
export const IPC_MENU_COMMAND = 'casewright:menu-command';

/** Every menu command, at run time; `satisfies` plus the check below keep it equal to the type. */
export const MENU_COMMANDS = [
  'new-review',
  'open-review',
  'save-as',
  'close-review',
  'export',
  'import-chronology',
  'import-panel-comments',
  'undo',
  'redo',
] as const satisfies readonly MenuCommand[];

type Missing = Exclude<MenuCommand, (typeof MENU_COMMANDS)[number]>;
// Fails to compile when MenuCommand gains a member that this list lacks.
const allListed: [Missing] extends [never] ? true : Missing = true;
void allListed;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
