/** Installs the native menu and routes its commands (see menu-template.ts for the rules). */
import { app, Menu } from 'electron';
import type { MenuCommand } from '../shared/api/bridge-types';
import { buildMenuTemplate, routeMenuCommand, type RecentItem } from './menu-template';
import type { WindowManager } from './windows';

export interface AppMenuDependencies {
  readonly windows: WindowManager;
  readonly developerItems: boolean;
  readonly loadRecent: () => Promise<readonly RecentItem[]>;
  readonly openReviewFile: (filePath: string) => void;
  readonly openReviewFromDialog: () => void;
}

function runCommand(deps: AppMenuDependencies, command: MenuCommand): void {
  const window = deps.windows.focused();
  const route = routeMenuCommand(command, window === null ? null : { reviewId: deps.windows.reviewOf(window) });
  switch (route.action) {
    case 'send':
      if (window !== null) deps.windows.sendMenuCommand(window, command);
      return;
    case 'close-window':
      window?.close();
      return;
    case 'open-home':
      deps.windows.openHome();
      return;
    case 'open-dialog-in-main':
      deps.openReviewFromDialog();
      return;
    case 'ignore':
      return;
  }
}

/** Builds the menu with the current recent list; called at start and whenever it may change. */
export async function refreshAppMenu(deps: AppMenuDependencies): Promise<void> {
  let recent: readonly RecentItem[] = [];
  try {
    recent = await deps.loadRecent();
  } catch (error) {
    // A broken settings file must not take the whole menu away.
    console.error('Could not read recent reviews for the menu', error);
  }
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: app.name,
    recent,
    developerItems: deps.developerItems,
    onCommand: (command) => runCommand(deps, command),
    onOpenRecent: deps.openReviewFile,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
