/** The BrowserWindow options for every Casewright window (home and review windows alike). */
import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './security';

export interface WindowOptionsInput {
  readonly preloadPath: string;
  /** Developer tools only in development: a packaged app's renderer is not for poking at. */
  readonly devTools: boolean;
}

export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 880,
    minHeight: 560,
    title: 'Casewright',
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(input.preloadPath, { devTools: input.devTools }),
  };
}
