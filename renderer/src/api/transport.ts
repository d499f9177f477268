import type { CasewrightBridge } from '@shared/api/bridge-types';
import type { ApiRequest, ApiResponse } from '@shared/api/transport';

declare global {
  interface Window {
    readonly casewright?: CasewrightBridge;
  }
}

export type Transport = (request: ApiRequest) => Promise<ApiResponse>;

/**
 * The same typed calls travel over Electron's preload bridge when it is there, and otherwise over
 * HTTP to the browser edition's local bridge, with the per-launch secret the bridge put in the page.
 */
export function createTransport(): Transport {
  const bridge = window.casewright;
  if (bridge !== undefined) return (request) => bridge.invoke(request);
  const secret = document.querySelector<HTMLMetaElement>('meta[name="casewright-bridge"]')?.content ?? '';
  return async (request) => {
    let response: Response;
    try {
      response = await fetch('./api', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Casewright-Secret': secret },
        body: JSON.stringify(request),
      });
    } catch {
      return { ok: false, error: { code: 'io', message: 'Casewright is not running. Start it again with npm start.' } };
    }
    if (!response.ok) {
      return {
        ok: false,
        error: { code: 'refused', message: `The local bridge refused the request (${response.status})` },
      };
    }
    return (await response.json()) as ApiResponse;
  };
}
