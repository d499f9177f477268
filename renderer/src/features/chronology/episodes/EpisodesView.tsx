import { useState, type FormEvent } from 'react';
import type { KeyPracticeEpisode } from '@shared/domain/chronology';
import { formatVagueDate } from '@shared/dates';
import { useReviewQuery } from '@renderer/api/useQuery';
import { ErrorMessage } from '@renderer/ui/ErrorMessage';
import { draftToFields, EpisodeFields, type EpisodeDraft } from './EpisodeFields';
import { Button } from '@renderer/ui/Button';
import { useReviewChange } from '@renderer/components/useReviewChange';

function period(episode: KeyPracticeEpisode): string {
  const from = episode.periodFrom === null ? null : formatVagueDate(episode.periodFrom);
  const to = episode.periodTo === null ? null : formatVagueDate(episode.periodTo);
  if (from !== null && to !== null) return `${from} to ${to}`;
  return from ?? to ?? 'No period given';
}

function toDraft(episode: KeyPracticeEpisode): EpisodeDraft {
  return {
    title: episode.title,
    periodFrom: episode.periodFrom?.original ?? '',
    periodTo: episode.periodTo?.original ?? '',
    analysis: episode.analysis,
  };
}

function EpisodeEditor({ episode, onDone }: { readonly episode: KeyPracticeEpisode; readonly onDone: () => void }) {
  const { command, announce, action } = useReviewChange();
  const [draft, setDraft] = useState(toDraft(episode));
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const saved = await action.run(() =>
      command('chronology.updateEpisode', { id: episode.id, changes: draftToFields(draft) }),
    );
    if (saved !== undefined) {
      announce(`Episode “${saved.title}” saved`);
      onDone();
    }
  };
  return (
    <form onSubmit={(event) => void save(event)} aria-label={`Edit episode ${episode.title}`}>
      <EpisodeFields draft={draft} onChange={setDraft} />
      <ErrorMessage error={action.error} title="The episode was not saved" />
      <div className="button-row">
        <Button type="submit" busy={action.busy}>
          Save episode
        </Button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * Key practice episodes: list, edit, delete, and show an episode's entries in the grid. New
 * episodes are made from a selection of entries in the grid.
 */
export function EpisodesView({ onShowEntries }: { readonly onShowEntries: (episodeId: number) => void }) {
  const episodes = useReviewQuery('chronology.listEpisodes', {});
  const { command, announce, action } = useReviewChange();
  const [editing, setEditing] = useState<number | null>(null);

  const remove = async (episode: KeyPracticeEpisode): Promise<void> => {
    if (!window.confirm(`Delete the episode “${episode.title}”? Its entries stay in the chronology.`)) return;
    const result = await action.run(() => command('chronology.removeEpisode', { id: episode.id }));
    if (result !== undefined) announce(`Episode “${episode.title}” deleted`);
  };

  return (
    <div className="cw-episodes">
      <p className="hint">
        To make an episode, select entries in the grid (Space, or the row checkboxes; Shift for a range) and choose
        “Group into episode”.
      </p>
      <ErrorMessage error={episodes.error ?? action.error} />
      {episodes.data?.length === 0 ? <p className="cw-empty">No key practice episodes yet.</p> : null}
      <ol className="cw-record-list">
        {(episodes.data ?? []).map((episode) => (
          <li key={episode.id}>
            <article aria-labelledby={`cw-episode-${episode.id}`}>
              <h2 id={`cw-episode-${episode.id}`}>{episode.title}</h2>
              {editing === episode.id ? (
                <EpisodeEditor episode={episode} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <p className="cw-record-meta">
                    {period(episode)} · {episode.entryIds.length} {episode.entryIds.length === 1 ? 'entry' : 'entries'}
                  </p>
                  {episode.analysis.trim() === '' ? (
                    <p className="hint">No analysis written yet.</p>
                  ) : (
                    <p className="cw-record-text">{episode.analysis}</p>
                  )}
                  <div className="button-row">
                    <button type="button" onClick={() => onShowEntries(episode.id)}>
                      Show entries in the grid
                    </button>
                    <button type="button" onClick={() => setEditing(episode.id)}>
                      Edit
                    </button>
                    <button type="button" onClick={() => void remove(episode)}>
                      Delete
                    </button>
                  </div>
                </>
              )}
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
