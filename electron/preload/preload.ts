/**
 * The preload script (sandboxed, bundled to one CommonJS file). Its only job: expose the narrow
 * bridge. Never expose ipcRenderer itself — that would let any script in the page send on any
 * channel.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('casewright', createBridge(ipcRenderer));
