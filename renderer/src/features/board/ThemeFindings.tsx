import { useEffect, useRef } from 'react';
import type { Api } from '@shared/api/contract';
import type { ArgsOf } from '@shared/api/define';
import type { ThemeRow } from '@shared/domain/board';
import { REVIEW_KIND_LABELS } from '@shared/domain/review';
import { useApiClient } from '../../api/ApiProvider';
import { useAppQuery } from '../../api/useQuery';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAsyncAction } from '../../components/useAsyncAction';
import { navigate, reviewHref } from '../../navigation/routes';
import { useBoard } from './board-context';

const directionWords = { supports: 'supports good practice', hinders: 'hinders (unsafe conditions)' } as const;

/** The findings behind one theme: their text, their review, and a way into the review at that finding. */
export function ThemeFindings({
  theme,
  args,
  onClose,
}: {
  readonly theme: ThemeRow;
  readonly args: ArgsOf<Api['board.listThemeFindings']>;
  readonly onClose: () => void;
}) {
  const client = useApiClient();
  const { revision } = useBoard();
  const findings = useAppQuery('board.listThemeFindings', args, revision);
  const opening = useAsyncAction();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [theme]);

  const openAt = async (file: string, findingId: number): Promise<void> => {
    const session = await opening.run(() => client.app('review.open', { path: file }));
    if (session !== undefined) navigate(reviewHref(session.reviewId, 'findings', String(findingId)));
  };

  return (
    <section aria-labelledby="board-theme-findings" className="board-drilldown">
      <h3 id="board-theme-findings" tabIndex={-1} ref={heading}>
        Findings tagged “{theme.label}”
      </h3>
      <button type="button" className="secondary" onClick={onClose}>
        Close the list
      </button>
      <ErrorMessage error={findings.error ?? opening.error} />
      {findings.data === undefined ? (
        <p aria-busy="true">Loading findings…</p>
      ) : (
        <ol className="cw-record-list">
          {findings.data.map((f) => (
            <li key={`${f.file}#${f.findingId}`}>
              <p className="cw-record-meta board-finding-review">
                {f.reviewTitle} · {REVIEW_KIND_LABELS[f.kind]}
                {f.year === null ? '' : ` · ${f.year}`}
                {f.direction === null ? '' : ` · ${directionWords[f.direction]}`}
              </p>
              <h4>
                Finding {f.number}: {f.title}
              </h4>
              {f.text === '' ? null : <p className="cw-record-text board-finding-text">{f.text}</p>}
              <Button busy={opening.busy} onClick={() => void openAt(f.file, f.findingId)}>
                Open {f.reviewTitle} at finding {f.number}
              </Button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
