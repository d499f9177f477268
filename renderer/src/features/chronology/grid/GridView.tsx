import { useCallback, useState } from 'react';
import type { Agency, ChronologyEntry, ChronologyFilter, ChronologySort, EventType } from '@shared/domain/chronology';
import { useAnnounce } from '@renderer/ui/StatusAnnouncer';
import { CreateEpisodeDialog } from '../episodes/CreateEpisodeDialog';
import { EpisodeMembership } from '../episodes/EpisodeMembership';
import { AddEntryDialog } from './AddEntryDialog';
import { ChronologyGrid, type GoToRequest } from './ChronologyGrid';
import { DeleteEntriesDialog } from './DeleteEntriesDialog';
import { EditEntryDialog } from './EditEntryDialog';
import type { Choice } from '../filters/ChoiceList';
import { ReadingPane } from './ReadingPane';
import { usePreference } from '../shared/usePreference';

type OpenDialog =
  | { readonly kind: 'add' }
  | { readonly kind: 'delete'; readonly ids: readonly number[]; readonly entries: readonly ChronologyEntry[] }
  | { readonly kind: 'episode' }
  | { readonly kind: 'edit'; readonly entry: ChronologyEntry }
  | null;

export interface GridViewProps {
  readonly filter: ChronologyFilter;
  readonly sort: ChronologySort;
  readonly onSortChange: (sort: ChronologySort) => void;
  readonly agencies: readonly Agency[];
  readonly eventTypes: readonly EventType[];
  readonly selection: ReadonlySet<number>;
  readonly onSelectionChange: (next: ReadonlySet<number>) => void;
  readonly goTo: GoToRequest | null;
  readonly onGoTo: (entryId: number, hintIndex: number) => void;
  readonly totalEntries: number;
  readonly people: readonly Choice[];
}

/** The grid with its toolbar (add, delete, group into an episode) and the active entry's details. */
export function GridView(props: GridViewProps) {
  const announce = useAnnounce();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const closeDialog = (): void => setDialog(null);
  // A dialog that did its work closes and says what it did.
  const closeSaying = (message: string): void => {
    closeDialog();
    announce(message);
  };
  const [activeEntry, setActiveEntry] = useState<ChronologyEntry | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const selected = props.selection.size;
  // The pane starts open where there is room beside the grid; the reviewer's choice is kept.
  const [paneOpen, setPaneOpen] = usePreference('chronology.readingPane', () => window.innerWidth >= 1200);
  const [wrapSummaries, setWrapSummaries] = usePreference('chronology.wrapSummaries', () => false);
  const togglePane = useCallback(() => setPaneOpen((open) => !open), [setPaneOpen]);
  const editActive = (): void => {
    if (activeEntry !== null) setDialog({ kind: 'edit', entry: activeEntry });
  };

  return (
    <div className="cw-grid-view">
      <div className="cw-toolbar" role="toolbar" aria-label="Entries">
        <button type="button" className="cw-button is-primary" onClick={() => setDialog({ kind: 'add' })}>
          Add entry
        </button>
        <button type="button" disabled={activeEntry === null} onClick={editActive}>
          Edit all fields…
        </button>
        <button
          type="button"
          disabled={selected === 0 && activeEntry === null}
          onClick={() => {
            // The selected rows, or else the active row.
            if (selected > 0) {
              const known = activeEntry !== null && props.selection.has(activeEntry.id) ? [activeEntry] : [];
              setDialog({ kind: 'delete', ids: [...props.selection], entries: known });
            } else if (activeEntry !== null) {
              setDialog({ kind: 'delete', ids: [activeEntry.id], entries: [activeEntry] });
            }
          }}
        >
          {selected > 0 ? `Delete ${selected} selected…` : 'Delete entry…'}
        </button>
        <button type="button" disabled={selected === 0} onClick={() => setDialog({ kind: 'episode' })}>
          Group {selected > 0 ? `${selected} ` : ''}into episode…
        </button>
        {/* Tools for a selection appear once rows are selected, keeping the toolbar to one line. */}
        {selected > 0 ? (
          <>
            <EpisodeMembership
              selection={props.selection}
              currentEpisodeId={props.filter.episodeId}
              onDone={() => props.onSelectionChange(new Set())}
            />
            <button type="button" onClick={() => props.onSelectionChange(new Set())}>
              Clear selection
            </button>
          </>
        ) : null}
        <button type="button" aria-pressed={wrapSummaries} onClick={() => setWrapSummaries((wrap) => !wrap)}>
          Two-line summaries
        </button>
        <button type="button" aria-pressed={paneOpen} aria-keyshortcuts="P" onClick={togglePane}>
          Reading pane
        </button>
        <p className="cw-count-line" aria-live="polite">
          {total === null
            ? 'Loading entries…'
            : `Showing ${total.toLocaleString('en-GB')} of ${props.totalEntries.toLocaleString('en-GB')} entries`}
          {selected > 0 ? ` · ${selected} selected` : ''}
        </p>
      </div>
      <div className={`cw-workspace${paneOpen ? ' has-pane' : ''}`}>
        <ChronologyGrid
          filter={props.filter}
          sort={props.sort}
          onSortChange={props.onSortChange}
          eventTypes={props.eventTypes}
          selection={props.selection}
          onSelectionChange={props.onSelectionChange}
          goTo={props.goTo}
          onActiveEntryChange={setActiveEntry}
          onRequestDelete={(ids, entries) => setDialog({ kind: 'delete', ids, entries })}
          onTotalChange={setTotal}
          wrapSummaries={wrapSummaries}
          onTogglePane={togglePane}
        />
        {paneOpen ? <ReadingPane entry={activeEntry} people={props.people} onEdit={editActive} /> : null}
      </div>
      {dialog?.kind === 'add' ? (
        <AddEntryDialog
          agencies={props.agencies}
          eventTypes={props.eventTypes}
          onClose={closeDialog}
          onAdded={(entry) => {
            closeSaying(`Entry added for ${entry.agency}`);
            props.onGoTo(entry.id, 0);
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteEntriesDialog
          ids={dialog.ids}
          entries={dialog.entries}
          onClose={closeDialog}
          onDeleted={(count) => {
            props.onSelectionChange(new Set());
            closeSaying(
              `${count} ${count === 1 ? 'entry' : 'entries'} deleted. Undo brings ${count === 1 ? 'it' : 'them'} back.`,
            );
          }}
        />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <EditEntryDialog
          entry={dialog.entry}
          agencies={props.agencies}
          people={props.people}
          onClose={closeDialog}
          onSaved={() => closeSaying('Entry saved')}
        />
      ) : null}
      {dialog?.kind === 'episode' ? (
        <CreateEpisodeDialog
          entryIds={[...props.selection]}
          onClose={closeDialog}
          onCreated={(episode) => {
            props.onSelectionChange(new Set());
            closeSaying(`Episode “${episode.title}” created with ${episode.entryIds.length} entries`);
          }}
        />
      ) : null}
    </div>
  );
}
