import { useEffect, useId, useState } from 'react';
import {
  activeFilterCount,
  EMPTY_FILTER,
  parseTagList,
  setIds,
  toggleId,
  type FilterState,
  type ListKey,
} from './filter-state';
import { ChoiceList, type Choice } from './ChoiceList';
import { DateField } from '@renderer/ui/DateField';
import { usePreference } from '../shared/usePreference';
import { InlineCheckbox } from '@renderer/ui/InlineCheckbox';
import { TextInput } from '@renderer/ui/TextInput';

export interface FilterBarProps {
  readonly filter: FilterState;
  readonly onChange: (filter: FilterState) => void;
  readonly agencies: readonly Choice[];
  readonly eventTypes: readonly Choice[];
  /** People of the review (empty when the people register is not available). */
  readonly people: readonly Choice[];
  /** Whether to show the full-text search box (the timeline and grid share it). */
  readonly showSearch?: boolean;
}

const SEARCH_DELAY_MS = 250;

/** The yes-or-no filters: each box, when ticked, keeps only the entries it names. */
const FLAG_FILTERS = [
  ['keyOnly', 'Key entries only'],
  ['childNotSeen', 'Child not seen'],
  ['childNotSeenAlone', 'Child not seen alone'],
  ['riskRecorded', 'Risk assessed'],
] as const satisfies readonly (readonly [keyof FilterState, string])[];

/** Search and filters shared by the grid, the timeline and the export. */
export function FilterBar({ filter, onChange, agencies, eventTypes, people, showSearch = true }: FilterBarProps) {
  const ids = useId();
  // A list of choices narrows the filter to the ids ticked in it.
  const chosenIds = (key: ListKey) => ({
    chosen: filter[key] ?? [],
    onToggle: (id: number) => onChange(toggleId(filter, key, id)),
    onClear: () => onChange(setIds(filter, key, [])),
  });
  // A date box changes the filter once it reads as a date; text still being typed leaves it be.
  const periodBound = (bound: 'from' | 'to') => ({
    value: filter[bound] ?? '',
    onChange: (iso: string | null) => {
      if (iso !== null) onChange({ ...filter, [bound]: iso });
    },
  });
  const [text, setText] = useState(filter.text ?? '');
  const [tagsText, setTagsText] = useState((filter.tags ?? []).join(', '));

  // Typing searches after a short pause, so each keystroke does not start a query.
  useEffect(() => {
    if ((filter.text ?? '') === text) return;
    const timer = window.setTimeout(() => onChange({ ...filter, text }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, filter, onChange]);

  useEffect(() => {
    setText(filter.text ?? '');
  }, [filter.text]);

  const count = activeFilterCount(filter);
  const filtersOn = activeFilterCount({ ...filter, text: '' });
  // Closed, the filters take one line beside the search box, leaving the height to the entries.
  const [open, setOpen] = usePreference('chronology.filtersOpen', () => false);
  const clear = (): void => {
    setTagsText('');
    setText('');
    onChange(EMPTY_FILTER);
  };
  return (
    <div
      role="search"
      className={`cw-filter-bar${open ? ' is-open' : ''}`}
      aria-label="Search and filter the chronology"
    >
      <div className="cw-filter-line">
        {showSearch ? (
          <div className="cw-search-field">
            <label htmlFor={`${ids}-search`}>Search entries</label>
            <TextInput
              id={`${ids}-search`}
              type="search"
              value={text}
              placeholder="e.g. bruise, school, “seen alone”"
              onChange={setText}
              onKeyDown={(event) => {
                if (event.key === 'Enter') onChange({ ...filter, text });
              }}
            />
          </div>
        ) : null}
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${ids}-filters`}
          onClick={() => setOpen((current) => !current)}
        >
          <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>Filters{filtersOn > 0 ? ` (${filtersOn} on)` : ''}
        </button>
        <button type="button" disabled={count === 0} onClick={clear}>
          Clear filters{count > 0 ? ` (${count})` : ''}
        </button>
      </div>
      {filter.episodeId === undefined ? null : (
        <p className="cw-episode-filter">
          Only the entries of one key practice episode are shown.{' '}
          <button
            type="button"
            className="cw-button is-link"
            onClick={() => onChange({ ...filter, episodeId: undefined })}
          >
            Show entries of every episode
          </button>
        </p>
      )}
      <div className="cw-filter-row" id={`${ids}-filters`} hidden={!open}>
        <ChoiceList label="Agency" choices={agencies} {...chosenIds('agencyIds')} />
        <ChoiceList label="Event type" choices={eventTypes} {...chosenIds('eventTypeIds')} />
        {people.length > 0 ? <ChoiceList label="Person" choices={people} {...chosenIds('personIds')} /> : null}
        <div className="cw-field">
          <label htmlFor={`${ids}-tags`}>Tags</label>
          <TextInput
            id={`${ids}-tags`}
            type="text"
            value={tagsText}
            aria-describedby={`${ids}-tags-help`}
            onChange={setTagsText}
            onBlur={() => onChange({ ...filter, tags: parseTagList(tagsText) })}
            onKeyDown={(event) => {
              if (event.key === 'Enter') onChange({ ...filter, tags: parseTagList(tagsText) });
            }}
          />
          <span id={`${ids}-tags-help`} className="hint">
            Separate with commas
          </span>
        </div>
        <DateField
          id={`${ids}-from`}
          label="From"
          bound="start"
          hint="e.g. 3/2/2021 or Spring 2021"
          {...periodBound('from')}
        />
        <DateField id={`${ids}-to`} label="To" bound="end" hint="e.g. 3/2/2021 or May 2022" {...periodBound('to')} />
        {FLAG_FILTERS.map(([flag, label]) => (
          <InlineCheckbox
            key={flag}
            className="cw-check"
            checked={filter[flag] === true}
            onChange={(on) => onChange({ ...filter, [flag]: on })}
          >
            {label}
          </InlineCheckbox>
        ))}
      </div>
    </div>
  );
}
