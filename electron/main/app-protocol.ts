/**
 * The `app:` scheme that serves renderer/dist. Registered as standard + secure so the page gets a
 * real origin (`app://casewright`) and a secure context, without the disk-wide reach of `file:`.
 */
import { protocol, type Session } from 'electron';
import { APP_SCHEME } from './security';
import { serveAppRequest } from './protocol-response';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, allowServiceWorkers: false, bypassCSP: false },
    },
  ]);
}

export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request));
}
