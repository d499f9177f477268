import type { ChronologyEntry } from '../../../../../electron/shared/domain/chronology';
import { formatVagueDate } from '../../../../../electron/shared/dates';
import { dateCellText } from './grid-columns';

function Row({ term, value }: { readonly term: string; readonly value: string }) {
  if (value.trim() === '') return null;
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** Everything recorded about the active entry, including what the grid has no room for. */
export function EntryDetails({ entry }: { readonly entry: ChronologyEntry | null }) {
  if (entry === null) return null;
  const source = [entry.source.role, entry.source.document, entry.source.reference].filter((s) => s !== null && s !== '').join(' · ');
  const shared = entry.sharedWith
    .map((s) => `${s.agency}${s.when === null ? '' : ` (${formatVagueDate(s.when)})`}${s.how === null || s.how === '' ? '' : `, ${s.how}`}`)
    .join('; ');
  const provenance = entry.provenance === null
    ? ''
    : `${entry.provenance.file}${entry.provenance.sheet === null ? '' : `, sheet ${entry.provenance.sheet}`}, row ${entry.provenance.row} (imported for ${entry.provenance.agency})`;
  return (
    <section className="cw-entry-details" aria-labelledby="cw-entry-details-heading">
      <h2 id="cw-entry-details-heading">
        Entry: {dateCellText(entry)}{entry.time === null ? '' : ` ${entry.time}`}, {entry.agency}
      </h2>
      <dl>
        <Row term="As written" value={entry.date.original} />
        <Row term="Event type" value={entry.eventType ?? ''} />
        <Row term="Source" value={source} />
        <Row term="Summary" value={entry.summary} />
        <Row term="Action taken" value={entry.actionTaken} />
        <Row term="Outcome" value={entry.outcome} />
        <Row term="Analysis" value={entry.analysis} />
        <Row term="Shared with" value={shared} />
        <Row term="Tags" value={entry.tags.join(', ')} />
        <Row term="Significance" value={entry.significance === 'key' ? 'Key entry' : 'Routine'} />
        <Row term="Imported from" value={provenance} />
      </dl>
    </section>
  );
}
