import { useMemo } from 'react';
import type { ChronologyEntry } from '@shared/domain/chronology';
import { useReviewState } from '@renderer/api/ReviewProvider';
import { useReviewQuery } from '@renderer/api/useQuery';
import { reviewHref } from '@renderer/navigation/routes';
import { countOf } from '@renderer/ui/words';
import type { Choice } from '../filters/ChoiceList';
import { entryReadingRows, personWords } from './entry-reading';
import { dateCellText } from './grid-columns';

/**
 * The reading pane: the active entry in full — every field, including any the grid has no
 * column for — with its people, tags, the findings that rest on it and comments about it.
 */
export function ReadingPane({
  entry,
  people,
  onEdit,
}: {
  readonly entry: ChronologyEntry | null;
  readonly people: readonly Choice[];
  readonly onEdit: () => void;
}) {
  if (entry === null) {
    return (
      <aside className="cw-reading-pane" aria-label="Reading pane">
        <p className="cw-muted">Choose an entry in the grid to read it in full here.</p>
      </aside>
    );
  }
  return <EntryReading entry={entry} people={people} onEdit={onEdit} />;
}

function EntryReading({
  entry,
  people,
  onEdit,
}: {
  readonly entry: ChronologyEntry;
  readonly people: readonly Choice[];
  readonly onEdit: () => void;
}) {
  const { reviewId } = useReviewState();
  const names = useMemo(() => new Map(people.map((p) => [p.id, p.label])), [people]);
  const lookups = useMemo(
    () => ({ personName: (id: number) => names.get(id) ?? 'a person no longer in the register' }),
    [names],
  );
  const rows = entryReadingRows(entry, lookups);
  const taxonomyTags = useReviewQuery('findings.listEntryTags', { entryIds: [entry.id] });
  const citing = useReviewQuery('findings.listCiting', { entryId: entry.id });
  const comments = useReviewQuery('annotations.list', {});
  const entryComments = (comments.data ?? []).filter((c) => c.target.kind === 'entry' && c.target.entryId === entry.id);
  const headingId = `cw-entry-details-heading`;
  const freeTags = entry.tags;
  const codedTags = taxonomyTags.data ?? [];
  return (
    <section className="cw-reading-pane cw-entry-details" aria-labelledby={headingId}>
      <div className="cw-reading-pane-head">
        <h2 id={headingId}>
          Entry: {dateCellText(entry)}
          {entry.time === null ? '' : ` ${entry.time}`}, {entry.agency}
        </h2>
        <button type="button" onClick={onEdit}>
          Edit this entry…
        </button>
      </div>
      <dl>
        {rows.map((row) => (
          <div key={row.term} className={row.long === true ? 'is-long' : undefined}>
            <dt>{row.term}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <h3>People</h3>
      {entry.people.length === 0 ? (
        <p className="cw-muted">No people linked to this entry.</p>
      ) : (
        <ul>
          {entry.people.map((p) => (
            <li key={`${p.personId}-${p.role}`}>{personWords(p, lookups)}</li>
          ))}
        </ul>
      )}
      <h3>Tags</h3>
      {freeTags.length === 0 && codedTags.length === 0 ? (
        <p className="cw-muted">No tags.</p>
      ) : (
        <ul>
          {freeTags.map((tag) => (
            <li key={`free-${tag}`}>{tag}</li>
          ))}
          {codedTags.map((tag) => (
            <li key={`coded-${tag.id}`}>{tag.termLabel}</li>
          ))}
        </ul>
      )}
      <h3>Findings resting on this entry</h3>
      {(citing.data ?? []).length === 0 ? (
        <p className="cw-muted">No finding cites this entry yet.</p>
      ) : (
        <ul>
          {(citing.data ?? []).map((f) => (
            <li key={f.id}>
              <a href={reviewHref(reviewId, 'findings', String(f.id))}>
                Finding {f.number}: {f.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      <h3>Comments</h3>
      {entryComments.length === 0 ? (
        <p className="cw-muted">No comments on this entry.</p>
      ) : (
        <ul>
          {entryComments.map((c) => (
            <li key={c.id}>
              <strong>{c.authorName}</strong>
              {c.authorAgency === '' ? '' : ` (${c.authorAgency})`}: {c.text}
              {c.replies.length > 0 ? ` — ${countOf(c.replies.length, 'reply', 'replies')}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
