import { useId, useState, type FormEvent } from 'react';
import type { SearchGroup } from '@shared/domain/board';
import { useApiClient } from '../../api/ApiProvider';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAsyncAction } from '../../components/useAsyncAction';
import { useBoard } from './board-context';
import { TextInput } from '@renderer/ui/TextInput';

const kindWords = { entry: 'Chronology', finding: 'Finding', recommendation: 'Recommendation' } as const;

/** «match» markers from the index become <mark> elements. */
function Snippet({ text }: { readonly text: string }) {
  const parts = text.split(/(«[^»]*»)/g);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('«') && part.endsWith('»') ? (
          <mark key={i}>{part.slice(1, -1)}</mark>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

/** Full-text search over the chronologies, findings and recommendations of every review, grouped by review. */
export function SearchPanel() {
  const id = useId();
  const client = useApiClient();
  const { roots } = useBoard();
  const [text, setText] = useState('');
  const [results, setResults] = useState<{ text: string; groups: readonly SearchGroup[] } | null>(null);
  const action = useAsyncAction();
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const query = text.trim();
    if (query === '') return;
    const groups = await action.run(() => client.app('board.search', { roots, text: query }));
    if (groups !== undefined) setResults({ text: query, groups });
  };
  const hits = results?.groups.reduce((n, g) => n + g.hits.length, 0) ?? 0;
  return (
    <section aria-labelledby={`${id}-heading`} className="board-panel">
      <h2 id={`${id}-heading`}>Search across reviews</h2>
      <form role="search" className="board-search" onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${id}-text`}>Words to find</label>
        <TextInput id={`${id}-text`} type="search" value={text} onChange={setText} />
        <Button type="submit" variant="primary" busy={action.busy} disabled={text.trim() === ''}>
          Search
        </Button>
      </form>
      <p className="hint">The first search of a large library builds its index, which can take a while.</p>
      <ErrorMessage error={action.error} />
      {action.busy ? <p aria-busy="true">Searching…</p> : null}
      {results === null ? null : (
        <div aria-live="polite">
          <p>
            {hits} match{hits === 1 ? '' : 'es'} in {results.groups.length} review
            {results.groups.length === 1 ? '' : 's'} for “{results.text}”, best match first.
          </p>
          {results.groups.map((group) => (
            <section key={group.file} aria-label={group.reviewTitle} className="board-search-group">
              <h3>{group.reviewTitle}</h3>
              <ul>
                {group.hits.map((hit) => (
                  <li key={`${hit.kind}-${hit.ref}`}>
                    <strong>
                      {kindWords[hit.kind]} · {hit.label}
                    </strong>
                    : <Snippet text={hit.snippet} />
                    <br />
                    <span className="hint">{hit.reason}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
