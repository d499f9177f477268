/** Applies the rules from security.ts to every web contents and to the session. */
import type { Session, WebContents } from 'electron';
import {
  SPELLCHECK_LANGUAGES,
  denyNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWebviewAttach,
  denyWindowOpen,
} from './security';

/** Called from `web-contents-created`, so no web contents — however created — escapes it. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', denyNavigation);
  contents.on('will-frame-navigate', denyNavigation);
  contents.on('will-redirect', denyNavigation);
  contents.on('will-attach-webview', denyWebviewAttach);
  contents.setWindowOpenHandler(denyWindowOpen);
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
  // macOS always uses the system spell checker and its languages; elsewhere we choose.
  if (process.platform !== 'darwin') session.setSpellCheckerLanguages([...SPELLCHECK_LANGUAGES]);
}
