import { useId, useState, type FormEvent } from 'react';
import type { Finding } from '@shared/domain/findings';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { countOf } from '../../ui/words';
import { appendLinkNode } from './rich-text-links';
import { evidenceLines, openingWords, ukDate } from './evidence-words';
import { Button } from '@renderer/ui/Button';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { TextInput } from '@renderer/ui/TextInput';

/**
 * The chronology entries and key practice episodes a finding rests on: linked entries with date,
 * agency and summary; a search to link more; and "Cite in text", which adds an inline link node
 * to the analysis so the report can cross-reference the entry.
 */
export function EvidencePanel({ finding }: { finding: Finding }) {
  const { command, announce, action } = useReviewChange();
  const id = useId();
  const [search, setSearch] = useState('');
  const [applied, setApplied] = useState('');
  const entries = useReviewQuery('chronology.list', { filter: applied === '' ? {} : { text: applied }, limit: 25 });
  const episodes = useReviewQuery('chronology.listEpisodes', {});
  const linkedEntries = new Set(finding.evidence.filter((e) => e.kind === 'entry').map((e) => e.targetId));
  const linkedEpisodes = new Set(finding.evidence.filter((e) => e.kind === 'episode').map((e) => e.targetId));

  const link = async (kind: 'entry' | 'episode', targetId: number): Promise<void> => {
    const done = await action.run(() => command('findings.addEvidence', { findingId: finding.id, kind, targetId }));
    if (done !== undefined) announce(`${kind === 'entry' ? 'Entry' : 'Episode'} linked as evidence`);
  };
  const unlink = async (evidenceId: number): Promise<void> => {
    const done = await action.run(() => command('findings.removeEvidence', { id: evidenceId }));
    if (done !== undefined) announce('Evidence unlinked');
  };
  const cite = async (kind: 'entry' | 'episode', targetId: number, text: string): Promise<void> => {
    const body = appendLinkNode(finding.body, kind, targetId, text);
    const done = await action.run(() => command('findings.update', { id: finding.id, changes: { body } }));
    if (done !== undefined) announce('Link added at the end of the analysis');
  };
  const onSearch = (event: FormEvent): void => {
    event.preventDefault();
    setApplied(search.trim());
  };

  return (
    <section className="evidence-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Evidence</h3>
      <ErrorMessage error={action.error} title="Not done" />
      {finding.evidence.length === 0 ? (
        <p className="cw-flag-text">No evidence linked.</p>
      ) : (
        <ul className="evidence-list">
          {evidenceLines(finding.evidence).map(({ evidence: e, date, agency, words }) => (
            <li key={e.id}>
              {e.kind === 'entry' ? (
                <span>
                  <strong>{date}</strong>
                  {agency === '' ? '' : `, ${agency}`}
                  {words === '' ? '' : `: ${words}`}
                </span>
              ) : (
                <span>
                  <span className="evidence-kind">Episode:</span> {words}
                </span>
              )}
              <span className="button-row">
                <button
                  type="button"
                  className="cw-button is-link"
                  onClick={() =>
                    void cite(e.kind, e.targetId, e.kind === 'entry' ? `[${date}, ${agency}]` : `[${e.label}]`)
                  }
                >
                  Cite in text
                </button>
                <button
                  type="button"
                  className="cw-button is-link"
                  onClick={() => void unlink(e.id)}
                  aria-label={e.kind === 'entry' ? `Unlink ${date}, ${agency}` : `Unlink ${words}`}
                >
                  Unlink
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <h4>Link chronology entries</h4>
      <form className="evidence-search" role="search" onSubmit={onSearch}>
        <label htmlFor={`${id}-search`}>Search the chronology</label>
        <TextInput id={`${id}-search`} type="search" value={search} onChange={setSearch} />
        <button type="submit">Search</button>
      </form>
      <ErrorMessage error={entries.error} />
      <ul className="evidence-candidates" aria-label="Chronology entries">
        {(entries.data?.rows ?? []).map((entry) => (
          <li key={entry.id}>
            <span>
              <strong>{ukDate(entry.date.original)}</strong>, {entry.agency}: {openingWords(entry.summary, 120)}
            </span>
            <Button
              busy={action.busy}
              disabled={linkedEntries.has(entry.id)}
              onClick={() => void link('entry', entry.id)}
              aria-label={`Link ${ukDate(entry.date.original)}, ${entry.agency}: ${openingWords(entry.summary, 40)}`}
            >
              {linkedEntries.has(entry.id) ? 'Linked' : 'Link'}
            </Button>
          </li>
        ))}
      </ul>
      {entries.data !== undefined && entries.data.total > entries.data.rows.length ? (
        <p className="hint">
          Showing {entries.data.rows.length} of {entries.data.total}; search to narrow.
        </p>
      ) : null}
      {(episodes.data ?? []).length > 0 ? (
        <>
          <h4>Link key practice episodes</h4>
          <ul className="evidence-candidates" aria-label="Key practice episodes">
            {(episodes.data ?? []).map((episode) => (
              <li key={episode.id}>
                <span>
                  {episode.title} ({countOf(episode.entryIds.length, 'entry', 'entries')})
                </span>
                <Button
                  busy={action.busy}
                  disabled={linkedEpisodes.has(episode.id)}
                  onClick={() => void link('episode', episode.id)}
                  aria-label={`Link episode ${episode.title}`}
                >
                  {linkedEpisodes.has(episode.id) ? 'Linked' : 'Link'}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
