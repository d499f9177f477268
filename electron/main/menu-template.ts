/**
 * The native menu, as a pure template builder: menu items either use a standard Electron role or
 * call back with a Casewright menu command, so the whole menu is unit-tested without Electron.
 */
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/api/bridge-types';

export interface RecentItem {
  readonly path: string;
  readonly title: string;
  readonly exists: boolean;
}

export interface MenuInput {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  readonly recent: readonly RecentItem[];
  /** Reload and developer tools only while developing. */
  readonly developerItems: boolean;
  readonly onCommand: (command: MenuCommand) => void;
  readonly onOpenRecent: (filePath: string) => void;
}

const MAX_RECENT = 10;

function commandItem(
  label: string,
  command: MenuCommand,
  onCommand: (command: MenuCommand) => void,
  accelerator?: string,
): MenuItemConstructorOptions {
  return { id: command, label, click: () => onCommand(command), ...(accelerator === undefined ? {} : { accelerator }) };
}

function recentSubmenu(input: MenuInput): MenuItemConstructorOptions[] {
  if (input.recent.length === 0) return [{ label: 'No recent reviews', enabled: false }];
  return input.recent.slice(0, MAX_RECENT).map((item) => ({
    // The file name tells apart two reviews with the same title; `&` would become a mnemonic.
    label: `${item.title} — ${path.basename(item.path)}`.replace(/&/g, '&&'),
    toolTip: item.path,
    enabled: item.exists,
    click: () => input.onOpenRecent(item.path),
  }));
}

function fileMenu(input: MenuInput): MenuItemConstructorOptions {
  const on = input.onCommand;
  const quit: MenuItemConstructorOptions[] =
    input.platform === 'darwin' ? [] : [{ type: 'separator' }, { role: 'quit' }];
  return {
    label: '&File',
    submenu: [
      commandItem('&New Review…', 'new-review', on, 'CmdOrCtrl+N'),
      commandItem('&Open…', 'open-review', on, 'CmdOrCtrl+O'),
      { label: 'Open &Recent', id: 'open-recent', submenu: recentSubmenu(input) },
      { type: 'separator' },
      commandItem('Save &As…', 'save-as', on, 'CmdOrCtrl+Shift+S'),
      commandItem('&Close Review', 'close-review', on, 'CmdOrCtrl+W'),
      { type: 'separator' },
      commandItem('&Export…', 'export', on, 'CmdOrCtrl+E'),
      commandItem('Import &Chronology…', 'import-chronology', on),
      commandItem('Import &Panel Comments…', 'import-panel-comments', on),
      ...quit,
    ],
  };
}

function editMenu(input: MenuInput): MenuItemConstructorOptions {
  // Undo and Redo are commands, not roles: the renderer decides whether they undo typing in the
  // editor or the last change to the review (the audit-log undo).
  const redoKey = input.platform === 'darwin' ? 'Shift+Cmd+Z' : 'Ctrl+Y';
  return {
    label: '&Edit',
    submenu: [
      commandItem('&Undo', 'undo', input.onCommand, 'CmdOrCtrl+Z'),
      commandItem('&Redo', 'redo', input.onCommand, redoKey),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
}

function viewMenu(input: MenuInput): MenuItemConstructorOptions {
  const developer: MenuItemConstructorOptions[] = input.developerItems
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return {
    label: '&View',
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const mac = input.platform === 'darwin';
  return [
    ...(mac ? [{ label: input.appName, role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    fileMenu(input),
    editMenu(input),
    viewMenu(input),
    { label: '&Window', role: 'windowMenu' },
    {
      label: '&Help',
      role: 'help',
      submenu: mac ? [] : [{ role: 'about', label: `About ${input.appName}` }],
    },
  ];
}

/** What a menu command does, given the focused window (null when no window has focus). */
export type MenuRoute =
  | { readonly action: 'send' }
  | { readonly action: 'close-window' }
  | { readonly action: 'open-home' }
  | { readonly action: 'open-dialog-in-main' }
  | { readonly action: 'ignore' };

export function routeMenuCommand(
  command: MenuCommand,
  focused: { readonly reviewId: string | null } | null,
): MenuRoute {
  if (focused === null) {
    // No page to ask (macOS keeps running with every window closed): New shows the home screen,
    // Open shows the dialog from main; the rest need a review window.
    if (command === 'new-review') return { action: 'open-home' };
    if (command === 'open-review') return { action: 'open-dialog-in-main' };
    return { action: 'ignore' };
  }
  if (command === 'close-review' && focused.reviewId === null) return { action: 'close-window' };
  return { action: 'send' };
}
