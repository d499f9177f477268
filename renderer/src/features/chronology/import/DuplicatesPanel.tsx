import type { DuplicateCandidate } from '@shared/domain/chronology';
import { useReviewQuery } from '@renderer/api/useQuery';
import { ErrorMessage } from '@renderer/ui/ErrorMessage';
import { formatVagueDate } from '@shared/dates';
import { Button } from '@renderer/ui/Button';
import { useReviewChange } from '@renderer/components/useReviewChange';

/** One side of a candidate pair, described by date, agency and summary. */
function EntryRef({ id, onShow }: { readonly id: number; readonly onShow: (id: number) => void }) {
  const entry = useReviewQuery('chronology.get', { id });
  const text =
    entry.data === undefined
      ? `Entry ${id}`
      : `${formatVagueDate(entry.data.date)}, ${entry.data.agency}: ${entry.data.summary}`;
  return (
    <button type="button" className="cw-button is-link" onClick={() => onShow(id)}>
      {text}
    </button>
  );
}

/**
 * Likely duplicates across agencies, for the reviewer to decide: link (same event, keep both),
 * merge (fold one into the other; the other is hidden, not lost) or dismiss. Never automatic.
 */
export function DuplicatesPanel({ onShowEntry }: { readonly onShowEntry: (entryId: number) => void }) {
  const open = useReviewQuery('chronology.listDuplicates', { status: 'open' });
  const { command, announce, action } = useReviewChange();
  const decide = async (
    candidate: DuplicateCandidate,
    decision: 'link' | 'merge-a' | 'merge-b' | 'dismiss',
  ): Promise<void> => {
    const done = await action.run(() => {
      switch (decision) {
        case 'link':
          return command('chronology.linkDuplicate', { id: candidate.id });
        case 'merge-a':
          return command('chronology.mergeDuplicate', { id: candidate.id, keepEntryId: candidate.entryA });
        case 'merge-b':
          return command('chronology.mergeDuplicate', { id: candidate.id, keepEntryId: candidate.entryB });
        case 'dismiss':
          return command('chronology.dismissDuplicate', { id: candidate.id });
      }
    });
    if (done !== undefined) announce(`Possible duplicate ${done.status}`);
  };
  const candidates = open.data ?? [];
  return (
    <section className="cw-duplicates" aria-labelledby="cw-duplicates-heading">
      <h2 id="cw-duplicates-heading">Possible duplicates ({candidates.length})</h2>
      <ErrorMessage error={open.error ?? action.error} />
      {candidates.length === 0 ? (
        <p>No possible duplicates are waiting for a decision.</p>
      ) : (
        <ul>
          {candidates.map((candidate) => (
            <li key={candidate.id} className="cw-duplicate">
              <ul className="cw-duplicate-pair">
                <li>
                  A: <EntryRef id={candidate.entryA} onShow={onShowEntry} />
                </li>
                <li>
                  B: <EntryRef id={candidate.entryB} onShow={onShowEntry} />
                </li>
              </ul>
              <p>
                {candidate.reason} (similarity {Math.round(candidate.score * 100)}%)
              </p>
              <div
                className="button-row"
                role="group"
                aria-label={`Decide on entries ${candidate.entryA} and ${candidate.entryB}`}
              >
                <Button busy={action.busy} onClick={() => void decide(candidate, 'link')}>
                  Link as the same event
                </Button>
                <Button busy={action.busy} onClick={() => void decide(candidate, 'merge-a')}>
                  Merge into A
                </Button>
                <Button busy={action.busy} onClick={() => void decide(candidate, 'merge-b')}>
                  Merge into B
                </Button>
                <Button busy={action.busy} onClick={() => void decide(candidate, 'dismiss')}>
                  Not a duplicate
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
