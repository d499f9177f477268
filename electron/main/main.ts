/**
 * Electron entry point (bundled to electron/main/dist/main.cjs). Only one Casewright runs at a
 * time: a second launch — say, double-clicking a .cwr file — passes its file to this one and exits.
 */
import { app } from 'electron';
import { registerAppScheme } from './app-protocol';
import { startShell } from './shell';

// Privileged schemes must be registered before 'ready'.
registerAppScheme();

if (app.requestSingleInstanceLock()) {
  startShell();
} else {
  app.quit();
}
