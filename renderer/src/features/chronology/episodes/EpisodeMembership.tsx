import { useId, useState } from 'react';
import { useReviewQuery } from '@renderer/api/useQuery';
import { ErrorMessage } from '@renderer/ui/ErrorMessage';
import { Button } from '@renderer/ui/Button';
import { useReviewChange } from '@renderer/components/useReviewChange';

/**
 * Adds the selected entries to an existing key practice episode, or, while the grid shows one
 * episode's entries, takes them out of it.
 */
export function EpisodeMembership(props: {
  readonly selection: ReadonlySet<number>;
  /** The episode the grid is filtered to, if any. */
  readonly currentEpisodeId: number | undefined;
  readonly onDone: () => void;
}) {
  const ids = useId();
  const episodes = useReviewQuery('chronology.listEpisodes', {});
  const { command, announce, action } = useReviewChange();
  const [chosen, setChosen] = useState('');
  const count = props.selection.size;
  const list = episodes.data ?? [];
  if (list.length === 0) return null;
  const current = list.find((e) => e.id === props.currentEpisodeId);

  const assign = async (episodeId: number, remove: boolean): Promise<void> => {
    const episode = await action.run(() =>
      command('chronology.assignEpisode', { episodeId, entryIds: [...props.selection], remove }),
    );
    if (episode !== undefined) {
      announce(
        `${count} ${count === 1 ? 'entry' : 'entries'} ${remove ? 'taken out of' : 'added to'} “${episode.title}”`,
      );
      props.onDone();
    }
  };

  return (
    <div className="cw-episode-membership">
      <label htmlFor={`${ids}-episode`} className="visually-hidden">
        Episode to add the selected entries to
      </label>
      <select id={`${ids}-episode`} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        <option value="">Choose an episode…</option>
        {list.map((e) => (
          <option key={e.id} value={String(e.id)}>
            {e.title}
          </option>
        ))}
      </select>
      <Button
        busy={action.busy}
        disabled={count === 0 || chosen === ''}
        onClick={() => void assign(Number(chosen), false)}
      >
        Add selected to episode
      </Button>
      {current === undefined ? null : (
        <Button busy={action.busy} disabled={count === 0} onClick={() => void assign(current.id, true)}>
          Take selected out of “{current.title}”
        </Button>
      )}
      <ErrorMessage error={action.error} />
    </div>
  );
}
