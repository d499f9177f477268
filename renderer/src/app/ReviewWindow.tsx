import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '@shared/errors';
import { ApiCallError } from '../api/client';
import { ReviewProvider, useReviewCommand } from '../api/ReviewProvider';
import { useReviewQuery } from '../api/useQuery';
import { ErrorMessage } from '../ui/ErrorMessage';
import { StatusAnnouncer, useAnnounce } from '../ui/StatusAnnouncer';
import { useApiClient } from '../api/ApiProvider';
import { areas } from './areas';
import { navigate, reviewHref } from '../navigation/routes';
import { useMenuCommands } from './useMenuCommands';
import { useUndoShortcuts } from './useUndoShortcuts';
import './ReviewWindow.css';

export function ReviewWindow(props: { reviewId: string; area: string; detail?: string }) {
  return (
    <ReviewProvider reviewId={props.reviewId}>
      <StatusAnnouncer>
        <ReviewLayout {...props} />
      </StatusAnnouncer>
    </ReviewProvider>
  );
}

function ReviewLayout({ reviewId, area, detail }: { reviewId: string; area: string; detail?: string }) {
  const session = useReviewQuery('review.getSession', {});
  const history = useReviewQuery('review.listHistory', {});
  const command = useReviewCommand();
  const client = useApiClient();
  const announce = useAnnounce();
  const mainRef = useRef<HTMLElement>(null);
  const current = areas.find((candidate) => candidate.id === area) ?? areas[0]!;
  const title = session.data?.meta.title ?? 'Review';

  useEffect(() => {
    document.title = `${current.label} — ${title} — Casewright`;
  }, [current.label, title]);

  const undo = async (): Promise<void> => {
    if (history.data?.canUndo !== true) return;
    const label = history.data.undoLabel;
    await command('review.undo', {});
    announce(`Undid ${label ?? 'the last change'}`);
  };
  const redo = async (): Promise<void> => {
    if (history.data?.canRedo !== true) return;
    const label = history.data.redoLabel;
    await command('review.redo', {});
    announce(`Redid ${label ?? 'the change'}`);
  };
  // A close refused while an import is still writing says why, beside the toolbar.
  const [closeRefused, setCloseRefused] = useState<ApiError | undefined>(undefined);
  const close = async (): Promise<void> => {
    try {
      await client.app('review.close', { reviewId });
    } catch (failure) {
      if (failure instanceof ApiCallError && failure.error.code === 'refused') {
        setCloseRefused(failure.error);
        return;
      }
      throw failure;
    }
    navigate('#/');
  };
  useUndoShortcuts(undo, redo);
  const saveAs = async (): Promise<void> => {
    // Desktop app only: the system dialog picks the file and the page gets a single-use grant.
    const choice = await window.casewright?.showSaveDialog({
      title: 'Save a copy of this review',
      defaultName: `${title}.cwr`,
      filters: [{ name: 'Casewright review', extensions: ['cwr'] }],
    });
    if (choice == null) return;
    const copy = await command('review.saveAs', { grant: choice.grant });
    navigate(reviewHref(copy.reviewId, area));
  };
  useMenuCommands({
    undo,
    redo,
    'close-review': close,
    'save-as': saveAs,
    'new-review': () => navigate('#/'),
    'open-review': () => navigate('#/'),
    export: () => navigate(reviewHref(reviewId, 'report')),
    'import-chronology': () => navigate(reviewHref(reviewId, 'chronology', 'import')),
    'import-panel-comments': () => navigate(reviewHref(reviewId, 'panel', 'import')),
  });

  if (session.error !== undefined) {
    return (
      <main className="review-missing" id="main">
        <h1>This review is not open</h1>
        <ErrorMessage error={session.error} />
        <p>
          <a href="#/">Go to the start screen</a> to open it again.
        </p>
      </main>
    );
  }

  const Area = current.component;
  const migrated = session.data?.migratedFrom ?? null;
  return (
    <div className="review-window">
      {migrated === null ? null : (
        <p className="migration-note" role="note">
          This review was updated to the current file format. A copy of it as it was before is kept at{' '}
          <code>{migrated.backupPath}</code>.
        </p>
      )}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="review-header">
        <a className="brand" href="#/" aria-label="Casewright start screen">
          Casewright
        </a>
        <p className="review-title">{title}</p>
        <div className="review-actions" role="toolbar" aria-label="Review actions">
          <button
            type="button"
            onClick={() => void undo()}
            disabled={history.data?.canUndo !== true}
            aria-keyshortcuts="Control+Z"
            title={
              history.data?.undoLabel == null
                ? 'Nothing to undo (imports and permanent erasure cannot be undone)'
                : `Undo ${history.data.undoLabel} (Ctrl+Z)`
            }
          >
            Undo
          </button>
          <button
            type="button"
            onClick={() => void redo()}
            disabled={history.data?.canRedo !== true}
            aria-keyshortcuts="Control+Y"
            title={history.data?.redoLabel == null ? 'Nothing to redo' : `Redo ${history.data.redoLabel} (Ctrl+Y)`}
          >
            Redo
          </button>
          <button type="button" onClick={() => void close()}>
            Close review
          </button>
        </div>
      </header>
      <nav className="review-nav" aria-label="Review areas">
        <ul>
          {areas.map((candidate) => (
            <li key={candidate.id}>
              <a
                href={reviewHref(reviewId, candidate.id)}
                aria-current={candidate.id === current.id ? 'page' : undefined}
              >
                {candidate.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="review-main" id="main" ref={mainRef} tabIndex={-1} aria-labelledby="area-heading">
        {closeRefused === undefined ? null : (
          <div className="review-close-refused">
            <ErrorMessage error={closeRefused} title="Not closed" />
            <button type="button" onClick={() => setCloseRefused(undefined)}>
              Dismiss
            </button>
          </div>
        )}
        <Area {...(detail === undefined ? {} : { detail })} />
      </main>
    </div>
  );
}
