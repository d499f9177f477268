import { describe, expect, it } from 'vitest';
import { createBridge, type MinimalIpc } from '@preload/bridge';
import { IPC_DIALOG, IPC_INVOKE, IPC_MENU_COMMAND, MENU_COMMANDS, isMenuCommand } from '@preload/ipc-channels';
import type { MenuCommand } from '@shared/api/bridge-types';

type Listener = (event: unknown, ...args: unknown[]) => void;

/**
 * An in-memory stand-in for ipcRenderer with the same contract: invoke resolves with main's
 * answer, and `emit` plays what main sends with webContents.send.
 */
class FakeIpc implements MinimalIpc {
  readonly invoked: { channel: string; args: unknown[] }[] = [];
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(private readonly answer: (channel: string, payload: unknown) => unknown) {}

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return this.answer(channel, args[0]);
  }

  on(channel: string, listener: Listener): this {
    const set = this.listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(channel, set);
    return this;
  }

  removeListener(channel: string, listener: Listener): this {
    this.listeners.get(channel)?.delete(listener);
    return this;
  }

  emit(channel: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(channel) ?? []) listener({ sender: 'ipc-event' }, ...args);
  }

  listenerCount(channel: string): number {
    return this.listeners.get(channel)?.size ?? 0;
  }
}

describe('createBridge', () => {
  it('exposes exactly the narrow interface, frozen', () => {
    const bridge = createBridge(new FakeIpc(() => null));
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'kind', 'onMenuCommand', 'showOpenDialog', 'showSaveDialog']);
    expect(bridge.kind).toBe('electron');
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(bridge).not.toHaveProperty('send');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('sends API calls on the invoke channel with only the three envelope fields', async () => {
    const ipc = new FakeIpc(() => ({ ok: true, result: 3 }));
    const bridge = createBridge(ipc);
    const smuggled = {
      method: 'review.getCounts',
      reviewId: 'r1',
      args: { a: 1 },
      channel: 'evil',
      __proto__: { x: 1 },
    };
    expect(await bridge.invoke(smuggled)).toEqual({ ok: true, result: 3 });
    expect(ipc.invoked).toEqual([
      { channel: IPC_INVOKE, args: [{ method: 'review.getCounts', reviewId: 'r1', args: { a: 1 } }] },
    ]);
  });

  it('asks main for dialogs and returns the chosen path or null', async () => {
    const ipc = new FakeIpc((_channel, payload) =>
      (payload as { kind: string }).kind === 'open' ? '/cases/Child R.cwr' : undefined,
    );
    const bridge = createBridge(ipc);
    const filters = [{ name: 'Casewright review', extensions: ['cwr'] }];
    expect(await bridge.showOpenDialog({ title: 'Open review', filters })).toBe('/cases/Child R.cwr');
    expect(await bridge.showSaveDialog({ title: 'Save as', defaultName: 'x.cwr', filters })).toBeNull();
    expect(ipc.invoked).toEqual([
      { channel: IPC_DIALOG, args: [{ kind: 'open', options: { title: 'Open review', filters } }] },
      { channel: IPC_DIALOG, args: [{ kind: 'save', options: { title: 'Save as', defaultName: 'x.cwr', filters } }] },
    ]);
  });

  it('relays known menu commands without the IPC event, and unsubscribes', () => {
    const ipc = new FakeIpc(() => null);
    const bridge = createBridge(ipc);
    const received: unknown[][] = [];
    const unsubscribe = bridge.onMenuCommand((...args: unknown[]) => received.push(args));
    ipc.emit(IPC_MENU_COMMAND, 'save-as');
    ipc.emit(IPC_MENU_COMMAND, 'format-disk');
    ipc.emit(IPC_MENU_COMMAND, { command: 'undo' });
    ipc.emit('some-other-channel', 'undo');
    expect(received).toEqual([['save-as']]);
    expect(ipc.listenerCount(IPC_MENU_COMMAND)).toBe(1);
    unsubscribe();
    expect(ipc.listenerCount(IPC_MENU_COMMAND)).toBe(0);
    ipc.emit(IPC_MENU_COMMAND, 'undo');
    expect(received).toEqual([['save-as']]);
  });
});

describe('menu command list', () => {
  it('is the full MenuCommand set, without duplicates', () => {
    const all: readonly MenuCommand[] = MENU_COMMANDS;
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(9);
    expect(isMenuCommand('export')).toBe(true);
    expect(isMenuCommand('Export')).toBe(false);
    expect(isMenuCommand(undefined)).toBe(false);
  });

  it('uses distinct, namespaced channels', () => {
    const channels = [IPC_INVOKE, IPC_DIALOG, IPC_MENU_COMMAND];
    expect(new Set(channels).size).toBe(3);
    for (const channel of channels) expect(channel).toMatch(/^casewright:/);
    expect(IPC_INVOKE).toBe('casewright:invoke');
    expect(IPC_DIALOG).toBe('casewright:dialog');
  });
});
