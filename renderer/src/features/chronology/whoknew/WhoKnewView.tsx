import { useId, useState } from 'react';
import type { Agency, WhoKnewCell, WhoKnewEvent } from '../../../../../electron/shared/domain/chronology';
import { formatVagueDate } from '../../../../../electron/shared/dates';
import { dayNumber, formatDay } from '../../../../../electron/shared/timeline';
import { useReviewQuery } from '../../../api/useQuery';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ScrollRegion } from '../shared/ScrollRegion';

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

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
    return <span className="cw-gap"><span aria-hidden="true">✕ </span>Not known</span>;
  }
  if (cell.how === 'recorded') return <span className="cw-known"><span aria-hidden="true">● </span>Recorded</span>;
  const when = cell.when === null ? '' : ` ${formatVagueDate(cell.when)}`;
  const via = cell.via === null || cell.via === '' ? '' : ` (${cell.via})`;
  return <span className="cw-shared"><span aria-hidden="true">◐ </span>Told{when}{via}</span>;
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
  const [date, setDate] = useState(initialDate ?? todayIso());
  const [keyOnly, setKeyOnly] = useState(true);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const report = useReviewQuery('chronology.whoKnew', { date: valid ? date : todayIso(), keyOnly });
  const data = report.data;
  const dateWords = valid ? dayWords(date) : date;
  const agencyName = new Map((data?.agencies ?? []).map((a) => [a.id, a.name]));

  return (
    <div className="cw-who-knew">
      <div className="cw-toolbar">
        <div className="field">
          <label htmlFor={`${ids}-date`}>Known by</label>
          <input id={`${ids}-date`} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
        <label className="cw-check">
          <input type="checkbox" checked={keyOnly} onChange={(event) => setKeyOnly(event.target.checked)} />
          Key entries only
        </label>
      </div>
      <ErrorMessage error={report.error} title="The table could not be built" />
      {data === undefined ? <p>Loading…</p> : data.events.length === 0 ? (
        <p className="cw-empty">No {keyOnly ? 'key ' : ''}events had happened by {dateWords}.</p>
      ) : (
        <ScrollRegion aria-labelledby={`${ids}-caption`}>
          <table className="cw-who-knew-table">
            <caption id={`${ids}-caption`}>
              What each agency knew by {dateWords}: {data.events.length} {keyOnly ? 'key ' : ''}events. “Not known” marks a gap.
            </caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                {data.agencies.map((agency) => <th key={agency.id} scope="col">{agency.name}</th>)}
                <th scope="col">Gaps</th>
              </tr>
            </thead>
            <tbody>
              {data.events.map((event) => (
                <tr key={event.entryId}>
                  <th scope="row">
                    <span className="cw-event-date">{formatVagueDate(event.date)}</span>{' '}
                    {event.eventType === null ? '' : `${event.eventType}: `}{event.summary}
                    <span className="cw-event-source"> — recorded by {agencyName.get(event.agencyId) ?? 'unknown agency'}</span>
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
