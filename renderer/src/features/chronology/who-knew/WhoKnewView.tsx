import { useId, useState } from 'react';
import type { Agency, WhoKnewCell, WhoKnewEvent } from '@shared/domain/chronology';
import { formatVagueDate } from '@shared/dates';
import { dayNumber, formatDay } from '@shared/timeline';
import { useReviewState } from '@renderer/api/ReviewProvider';
import { useReviewQuery } from '@renderer/api/useQuery';
import { reviewHref } from '@renderer/navigation/routes';
import { DateField } from '@renderer/ui/DateField';
import { ErrorMessage } from '@renderer/ui/ErrorMessage';
import { ScrollRegion } from '../shared/ScrollRegion';
import { InlineCheckbox } from '@renderer/ui/InlineCheckbox';
import { ColumnHeads } from '@renderer/ui/ColumnHeads';

function dayWords(iso: string): string {
  try {
    return formatDay(dayNumber(iso));
  } catch {
    return iso;
  }
}

function CellContent({ cell }: { readonly cell: WhoKnewCell | undefined }) {
  if (cell === undefined) {
    // A gap: said in words and marked by a pattern, never by colour alone.
    return (
      <span className="cw-gap">
        <span aria-hidden="true">✕ </span>Not known
      </span>
    );
  }
  if (cell.how === 'recorded')
    return (
      <span className="cw-known">
        <span aria-hidden="true">● </span>Recorded
      </span>
    );
  const when = cell.when === null ? '' : ` ${formatVagueDate(cell.when)}`;
  const via = cell.via === null || cell.via === '' ? '' : ` (${cell.via})`;
  return (
    <span className="cw-shared">
      <span aria-hidden="true">◐ </span>Told{when}
      {via}
    </span>
  );
}

function gapCount(event: WhoKnewEvent, agencies: readonly Agency[]): number {
  return agencies.filter((a) => !event.knownBy.some((c) => c.agencyId === a.id)).length;
}

/**
 * "Who knew what, when": for a chosen date, the significant events recorded by then (rows) and,
 * per agency (columns), whether it recorded the event, was told of it, or did not know.
 */
export function WhoKnewView({ initialDate }: { readonly initialDate?: string }) {
  const ids = useId();
  const { reviewId } = useReviewState();
  // Opens on the end of the review's scope, or else on the last entry's date: "today" is
  // usually long after the events a review looks at.
  const session = useReviewQuery('review.getSession', {});
  const last = useReviewQuery('chronology.list', { sort: { field: 'date', direction: 'desc' }, limit: 1 });
  const lastEntryDay = last.data?.rows[0]?.date.latest ?? null;
  const startDate = initialDate ?? session.data?.meta.scopeEnd ?? lastEntryDay;
  const settled = initialDate !== undefined || (session.data !== undefined && last.data !== undefined);
  /** What the reviewer typed: undefined until they choose, null while the text is not a date. */
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  const [keyOnly, setKeyOnly] = useState(true);
  const date = chosen === undefined ? (settled ? (startDate ?? '') : '') : chosen;
  const valid = date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date);
  const report = useReviewQuery('chronology.getWhoKnew', { date: valid ? date : '9999-12-31', keyOnly });
  const data = valid ? report.data : undefined;
  const dateWords = valid ? dayWords(date) : '';
  const agencyName = new Map((data?.agencies ?? []).map((a) => [a.id, a.name]));
  const anyShared = (data?.events ?? []).some((event) => event.knownBy.some((cell) => cell.how !== 'recorded'));
  const startNote =
    initialDate !== undefined || chosen !== undefined
      ? null
      : session.data?.meta.scopeEnd != null
        ? 'Opens on the last day of the review’s scope.'
        : lastEntryDay !== null
          ? 'Opens on the date of the last entry (the review’s scope has no end date yet).'
          : null;

  return (
    <div className="cw-who-knew">
      <div className="cw-toolbar">
        {settled ? (
          <DateField
            id={`${ids}-date`}
            label="Known by"
            bound="end"
            value={date ?? ''}
            onChange={(iso) => setChosen(iso)}
            hint={startNote ?? 'For example 3 February 2021 or May 2014.'}
          />
        ) : (
          <p>Loading…</p>
        )}
        <InlineCheckbox className="cw-check" checked={keyOnly} onChange={setKeyOnly}>
          Key entries only
        </InlineCheckbox>
      </div>
      <ErrorMessage error={report.error} title="The table could not be built" />
      {data !== undefined && data.events.length > 0 && !anyShared ? (
        <div className="cw-empty-state">
          <p className="cw-empty-state-title">No sharing between agencies is recorded yet</p>
          <p>
            So each agency shows only what it recorded itself, and every other cell reads “Not known”. To record that an
            agency told another, open the entry in <a href={reviewHref(reviewId, 'chronology')}>Entries</a>, choose{' '}
            <strong>Edit all fields…</strong> and add the agency under <strong>Shared with</strong>, or import a
            chronology with a “shared with” column.
          </p>
        </div>
      ) : null}
      {!valid ? (
        date === '' && settled ? (
          <p className="cw-empty">Enter a date to see what each agency knew by then.</p>
        ) : null
      ) : data === undefined ? (
        <p>Loading…</p>
      ) : data.events.length === 0 ? (
        <p className="cw-empty">
          No {keyOnly ? 'key ' : ''}events had happened by {dateWords}.
        </p>
      ) : (
        <ScrollRegion aria-labelledby={`${ids}-caption`}>
          <table className="cw-who-knew-table">
            <caption id={`${ids}-caption`}>
              What each agency knew by {dateWords}: {data.events.length} {keyOnly ? 'key ' : ''}events. “Not known”
              marks a gap.
            </caption>
            <ColumnHeads names={['Event', ...data.agencies.map((agency) => agency.name), 'Gaps']} />
            <tbody>
              {data.events.map((event) => (
                <tr key={event.entryId}>
                  <th scope="row">
                    <span className="cw-event-date">{formatVagueDate(event.date)}</span>{' '}
                    {event.eventType === null ? '' : `${event.eventType}: `}
                    {event.summary}
                    <span className="cw-event-source">
                      {' '}
                      — recorded by {agencyName.get(event.agencyId) ?? 'unknown agency'}
                    </span>
                  </th>
                  {data.agencies.map((agency) => {
                    const cell = event.knownBy.find((c) => c.agencyId === agency.id);
                    return (
                      <td key={agency.id} className={cell === undefined ? 'is-gap' : undefined}>
                        <CellContent cell={cell} />
                      </td>
                    );
                  })}
                  <td>{gapCount(event, data.agencies)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
