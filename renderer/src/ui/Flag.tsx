import type { ReactNode } from 'react';
import './ui.css';

/** A short warning label beside an item ("Overdue", "Not checked"): words, not only colour. */
export function Flag({
  children,
  tone = 'warning',
}: {
  readonly children: ReactNode;
  readonly tone?: 'warning' | 'info';
}) {
  return <span className={`cw-flag${tone === 'info' ? ' is-info' : ''}`}>{children}</span>;
}
