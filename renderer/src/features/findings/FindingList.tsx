import { useRef, type KeyboardEvent } from 'react';
import type { Finding } from '@shared/domain/findings';
import { findingTypeLabels } from '@shared/domain/findings';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Flag } from '../../ui/Flag';
import { countOf } from '../../ui/words';
import { Button } from '@renderer/ui/Button';
import { useReviewChange } from '@renderer/components/useReviewChange';

/**
 * The numbered findings. Reordering without drag and drop: Move up / Move down buttons, or
 * Alt+Up / Alt+Down on a finding; focus stays on the moved finding and the new number is announced.
 */
export function FindingList(props: {
  findings: readonly Finding[];
  selectedId: number | undefined;
  onSelect: (id: number) => void;
}) {
  const { command, announce, action } = useReviewChange();
  const listRef = useRef<HTMLOListElement>(null);

  const move = async (finding: Finding, toNumber: number): Promise<void> => {
    if (toNumber < 1 || toNumber > props.findings.length || toNumber === finding.number) return;
    const done = await action.run(() => command('findings.move', { id: finding.id, toNumber }));
    if (done === undefined) return;
    announce(`"${finding.title}" is now finding ${toNumber}`);
    window.setTimeout(
      () => listRef.current?.querySelector<HTMLButtonElement>(`[data-finding-id="${finding.id}"]`)?.focus(),
      50,
    );
  };

  const onKeyDown = (event: KeyboardEvent, finding: Finding): void => {
    if (!event.altKey) return;
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      void move(finding, finding.number - 1);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      void move(finding, finding.number + 1);
    }
  };

  if (props.findings.length === 0) return <p>No findings yet.</p>;
  return (
    <>
      <p className="hint" id="finding-order-hint">
        Alt+Up and Alt+Down move the focused finding; the numbers follow everywhere.
      </p>
      <ErrorMessage error={action.error} title="Not moved" />
      <ol className="finding-list" ref={listRef} aria-describedby="finding-order-hint">
        {props.findings.map((finding) => (
          <li key={finding.id} className={finding.id === props.selectedId ? 'selected' : undefined}>
            <button
              type="button"
              className="finding-select"
              data-finding-id={finding.id}
              aria-current={finding.id === props.selectedId ? 'true' : undefined}
              aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
              onClick={() => props.onSelect(finding.id)}
              onKeyDown={(event) => onKeyDown(event, finding)}
            >
              <span className="finding-number">{finding.number}.</span> {finding.title}
            </button>
            <div className="finding-meta">
              <span>{findingTypeLabels[finding.type]}</span>
              {finding.withoutEvidence ? (
                <Flag>No evidence</Flag>
              ) : (
                <span>{countOf(finding.evidence.length, 'piece of evidence', 'pieces of evidence')}</span>
              )}
              {finding.openAnnotations > 0 ? <span>{countOf(finding.openAnnotations, 'open comment')}</span> : null}
            </div>
            <div className="button-row finding-move">
              <Button
                busy={action.busy}
                disabled={finding.number === 1}
                onClick={() => void move(finding, finding.number - 1)}
                aria-label={`Move finding ${finding.number} up`}
              >
                Move up
              </Button>
              <Button
                busy={action.busy}
                disabled={finding.number === props.findings.length}
                onClick={() => void move(finding, finding.number + 1)}
                aria-label={`Move finding ${finding.number} down`}
              >
                Move down
              </Button>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
