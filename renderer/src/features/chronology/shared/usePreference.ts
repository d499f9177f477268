import { useCallback, useState } from 'react';

const PREFIX = 'casewright.';

function read(key: string, fallback: () => boolean): boolean {
  try {
    const stored = window.localStorage.getItem(PREFIX + key);
    return stored === null ? fallback() : stored === 'true';
  } catch {
    return fallback();
  }
}

/**
 * A yes/no layout choice kept on this computer (reading pane open, summaries wrapped). Layout
 * only: nothing about a review is stored here.
 */
export function usePreference(
  key: string,
  fallback: () => boolean,
): [boolean, (next: (current: boolean) => boolean) => void] {
  const [value, setValue] = useState(() => read(key, fallback));
  const update = useCallback(
    (next: (current: boolean) => boolean) => {
      setValue((current) => {
        const chosen = next(current);
        try {
          window.localStorage.setItem(PREFIX + key, String(chosen));
        } catch {
          // Storage can be unavailable (private windows); the choice then lasts for this session.
        }
        return chosen;
      });
    },
    [key],
  );
  return [value, update];
}
