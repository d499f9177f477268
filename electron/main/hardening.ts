/** Applies the rules from security.ts to every web contents and to the session. */
import type { Session, WebContents } from 'electron';
import {
  NO_DICTIONARY_DOWNLOADS,
  denyNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWebviewAttach,
  denyWindowOpen,
  spellcheckPolicy,
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
  applySpellcheckPolicy(session, process.platform);
}

/** The operating system's local spell checker where there is one; otherwise none (see security.ts). */
export function applySpellcheckPolicy(
  session: Pick<
    Session,
    'setSpellCheckerEnabled' | 'setSpellCheckerLanguages' | 'setSpellCheckerDictionaryDownloadURL'
  >,
  platform: NodeJS.Platform,
): void {
  const policy = spellcheckPolicy(platform);
  if (platform !== 'darwin') session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS);
  session.setSpellCheckerEnabled(policy.enabled);
  if (policy.languages !== null) session.setSpellCheckerLanguages([...policy.languages]);
}
