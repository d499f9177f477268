import { useEffect, useRef } from 'react';
import type { MenuCommand } from '@shared/api/bridge-types';

type MenuHandlers = Partial<Record<MenuCommand, () => Promise<void> | void>>;

/** In Electron, the native menu sends commands to the focused window; the browser edition has none. */
export function useMenuCommands(handlers: MenuHandlers): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const bridge = window.casewright;
    if (bridge === undefined) return undefined;
    return bridge.onMenuCommand((command) => {
      void current.current[command]?.();
    });
  }, []);
}
