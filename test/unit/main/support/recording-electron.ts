/**
 * A recording stand-in for the parts of Electron's main-process API the shell uses. Electron
 * cannot be launched on our machines, so the shell's wiring (which handlers it registers, which
 * windows it opens with which options and URLs) is checked against this, while everything behind
 * it — protocol responses, the dispatcher, real review files — runs for real.
 */
import { EventEmitter } from 'node:events';

type Handler = (...args: never[]) => unknown;

export const recorded = {
  appPath: '',
  paths: {} as Record<string, string>,
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: { url: string; method: string }) => Promise<Response>>(),
  sessionHandlers: new Map<string, Handler>(),
  spellCheckerLanguages: null as string[] | null,
  spellCheckerEnabled: null as boolean | null,
  dictionaryDownloadUrl: null as string | null,
  ipcHandlers: new Map<string, (event: unknown, payload: unknown) => unknown>(),
  menuTemplate: null as unknown[] | null,
  errorBoxes: [] as string[],
  recentDocuments: [] as string[],
  quitCalls: 0,
};

export class FakeWebContents extends EventEmitter {
  readonly sent: unknown[][] = [];
  windowOpenHandler: Handler | null = null;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static all: BrowserWindow[] = [];
  static focusedId: number | null = null;
  private static nextId = 1;

  readonly id = BrowserWindow.nextId++;
  readonly webContents = new FakeWebContents();
  url: string | null = null;
  shown = false;
  private destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }

  loadURL(url: string): Promise<void> {
    this.url = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    BrowserWindow.focusedId = this.id;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (BrowserWindow.focusedId === this.id) BrowserWindow.focusedId = null;
    this.emit('closed');
  }

  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.all.filter((window) => !window.isDestroyed());
  }
  static fromId(id: number): BrowserWindow | null {
    return BrowserWindow.getAllWindows().find((window) => window.id === id) ?? null;
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.focusedId === null ? null : BrowserWindow.fromId(BrowserWindow.focusedId);
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.getAllWindows().find((window) => window.webContents === contents) ?? null;
  }
}

class FakeApp extends EventEmitter {
  readonly name = 'Casewright';
  readonly isPackaged = false;
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
  getAppPath(): string {
    return recorded.appPath;
  }
  getPath(name: string): string {
    const found = recorded.paths[name];
    if (found === undefined) throw new Error(`no path ${name}`);
    return found;
  }
  addRecentDocument(filePath: string): void {
    recorded.recentDocuments.push(filePath);
  }
  quit(): void {
    recorded.quitCalls += 1;
  }
  exit(): void {}
}

export const app = new FakeApp();

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    recorded.schemes.push(...schemes);
  },
};

export const session = {
  defaultSession: {
    protocol: {
      handle(scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>): void {
        recorded.protocolHandlers.set(scheme, handler);
      },
    },
    setPermissionRequestHandler: (handler: Handler) => recorded.sessionHandlers.set('permissionRequest', handler),
    setPermissionCheckHandler: (handler: Handler) => recorded.sessionHandlers.set('permissionCheck', handler),
    setDevicePermissionHandler: (handler: Handler) => recorded.sessionHandlers.set('devicePermission', handler),
    setSpellCheckerLanguages: (languages: string[]) => {
      recorded.spellCheckerLanguages = languages;
    },
    setSpellCheckerEnabled: (enabled: boolean) => {
      recorded.spellCheckerEnabled = enabled;
    },
    setSpellCheckerDictionaryDownloadURL: (url: string) => {
      recorded.dictionaryDownloadUrl = url;
    },
  },
};

export const ipcMain = {
  handle(channel: string, handler: (event: unknown, payload: unknown) => unknown): void {
    // Electron throws on a second handler for the same channel; so do we.
    if (recorded.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
    recorded.ipcHandlers.set(channel, handler);
  },
};

export const Menu = {
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu: (menu: { template: unknown[] }) => {
    recorded.menuTemplate = menu.template;
  },
};

export const dialog = {
  showErrorBox: (title: string, message: string) => recorded.errorBoxes.push(`${title}: ${message}`),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true }),
};
