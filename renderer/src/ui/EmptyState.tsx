import type { ReactNode } from 'react';
import './ui.css';

/** What an empty list or view says: what is missing and what to do next. */
export function EmptyState({ title, children }: { readonly title: string; readonly children?: ReactNode }) {
  return (
    <div className="cw-empty-state">
      <p className="cw-empty-state-title">{title}</p>
      {children === undefined ? null : <div className="cw-empty-state-body">{children}</div>}
    </div>
  );
}
