import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '@shared/api/bridge-types';
import { buildMenuTemplate, routeMenuCommand, type MenuInput } from '@main/menu-template';

type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

function build(overrides: Partial<MenuInput> = {}) {
  const commands: MenuCommand[] = [];
  const opened: string[] = [];
  const template = buildMenuTemplate({
    platform: 'linux',
    appName: 'Casewright',
    recent: [
      { path: '/cases/Child R.cwr', title: 'Child R', exists: true },
      { path: '/cases/gone.cwr', title: 'Adult D & family', exists: false },
    ],
    developerItems: false,
    onCommand: (command) => commands.push(command),
    onOpenRecent: (filePath) => opened.push(filePath),
    ...overrides,
  });
  return { template, commands, opened };
}

function submenuOf(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label?.replace('&', '') === label);
  if (menu === undefined || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (item?.click === undefined) throw new Error('item is not clickable');
  (item.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help menus (and the app menu on macOS)', () => {
    expect(build().template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    const mac = build({ platform: 'darwin' }).template;
    expect(mac[0]).toMatchObject({ label: 'Casewright', role: 'appMenu' });
  });

  it('sends each File command with its shortcut', () => {
    const { template, commands } = build();
    const file = submenuOf(template, 'File');
    const expected: [MenuCommand, string | undefined][] = [
      ['new-review', 'CmdOrCtrl+N'],
      ['open-review', 'CmdOrCtrl+O'],
      ['save-as', 'CmdOrCtrl+Shift+S'],
      ['close-review', 'CmdOrCtrl+W'],
      ['export', 'CmdOrCtrl+E'],
      ['import-chronology', undefined],
      ['import-panel-comments', undefined],
    ];
    for (const [command, accelerator] of expected) {
      const item = file.find((entry) => entry.id === command);
      expect(item?.accelerator).toBe(accelerator);
      click(item);
    }
    expect(commands).toEqual(expected.map(([command]) => command));
    expect(file.at(-1)).toMatchObject({ role: 'quit' });
    expect(submenuOf(build({ platform: 'darwin' }).template, 'File').some((item) => item.role === 'quit')).toBe(false);
  });

  it('lists recent reviews from settings; missing files are shown but disabled', () => {
    const { template, opened } = build();
    const recent = submenuOf(template, 'File').find((item) => item.id === 'open-recent');
    const items = recent?.submenu as MenuItemConstructorOptions[];
    expect(items.map((item) => [item.label, item.enabled])).toEqual([
      ['Child R — Child R.cwr', true],
      ['Adult D && family — gone.cwr', false],
    ]);
    click(items[0]);
    expect(opened).toEqual(['/cases/Child R.cwr']);
    const empty = submenuOf(build({ recent: [] }).template, 'File').find((item) => item.id === 'open-recent');
    expect(empty?.submenu).toEqual([{ label: 'No recent reviews', enabled: false }]);
  });

  it('keeps at most ten recent reviews', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({ path: `/c/${i}.cwr`, title: `Review ${i}`, exists: true }));
    const recent = submenuOf(build({ recent: many }).template, 'File').find((item) => item.id === 'open-recent');
    expect(recent?.submenu).toHaveLength(10);
  });

  it('routes Undo and Redo to the renderer and keeps the standard edit roles', () => {
    const { template, commands } = build();
    const edit = submenuOf(template, 'Edit');
    click(edit.find((item) => item.id === 'undo'));
    click(edit.find((item) => item.id === 'redo'));
    expect(commands).toEqual(['undo', 'redo']);
    expect(edit.find((item) => item.id === 'redo')?.accelerator).toBe('Ctrl+Y');
    expect(
      submenuOf(build({ platform: 'darwin' }).template, 'Edit').find((item) => item.id === 'redo')?.accelerator,
    ).toBe('Shift+Cmd+Z');
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual([
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'delete',
      'selectAll',
    ]);
  });

  it('shows reload and developer tools only while developing', () => {
    const roles = (input: Partial<MenuInput>) => submenuOf(build(input).template, 'View').map((item) => item.role);
    expect(roles({ developerItems: false })).not.toContain('toggleDevTools');
    expect(roles({ developerItems: false })).not.toContain('reload');
    expect(roles({ developerItems: true })).toContain('toggleDevTools');
    expect(roles({ developerItems: false })).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
  });
});

describe('routeMenuCommand', () => {
  it('sends commands to the focused window', () => {
    expect(routeMenuCommand('export', { reviewId: 'r1' })).toEqual({ action: 'send' });
    expect(routeMenuCommand('close-review', { reviewId: 'r1' })).toEqual({ action: 'send' });
    expect(routeMenuCommand('new-review', { reviewId: null })).toEqual({ action: 'send' });
  });

  it('closes a home window on Close, since it shows no review', () => {
    expect(routeMenuCommand('close-review', { reviewId: null })).toEqual({ action: 'close-window' });
  });

  it('handles New and Open in main when no window has focus, and ignores the rest', () => {
    expect(routeMenuCommand('new-review', null)).toEqual({ action: 'open-home' });
    expect(routeMenuCommand('open-review', null)).toEqual({ action: 'open-dialog-in-main' });
    expect(routeMenuCommand('export', null)).toEqual({ action: 'ignore' });
    expect(routeMenuCommand('undo', null)).toEqual({ action: 'ignore' });
  });
});
