import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

/**
 * One polite live region for the window: "Saved", "Undid Edit review details"… visible as a
 * status line and read out by screen readers without moving focus.
 */
export function StatusAnnouncer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    setMessage('');
    window.setTimeout(() => setMessage(text), 30);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="status-line" role="status" aria-live="polite">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
