import { useId } from 'react';
import type { LibraryView } from '@shared/api/board';
import type { BoardFilter } from '@shared/domain/board';
import { REVIEW_KIND_LABELS, type ReviewKind } from '@shared/domain/review';
import { EnumSelect } from '@renderer/ui/EnumSelect';

/** Which reviews the views cover: by kind and by year. */
export function ReviewFilter({
  library,
  filter,
  onChange,
}: {
  readonly library: LibraryView;
  readonly filter: BoardFilter;
  readonly onChange: (filter: BoardFilter) => void;
}) {
  const id = useId();
  const kinds = [...new Set(library.reviews.map((r) => r.kind))].sort() as ReviewKind[];
  const chosenKinds = new Set(filter.kinds ?? []);
  const toggleKind = (kind: ReviewKind): void => {
    const next = new Set(chosenKinds);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    onChange({ ...filter, kinds: [...next] });
  };
  return (
    <fieldset className="board-filter">
      <legend>Reviews to include</legend>
      <div className="board-filter-kinds">
        {kinds.map((kind) => (
          <label key={kind}>
            <input type="checkbox" checked={chosenKinds.has(kind)} onChange={() => toggleKind(kind)} />{' '}
            {REVIEW_KIND_LABELS[kind]}
          </label>
        ))}
        <span className="hint">{chosenKinds.size === 0 ? 'All kinds of review are included.' : ''}</span>
      </div>
      <EnumSelect
        id={`${id}-year`}
        label="Year"
        value={String(filter.years?.[0] ?? '')}
        options={[
          { value: '', label: 'All years' },
          ...library.years.map((year) => ({ value: String(year), label: String(year) })),
        ]}
        onChange={(year) => onChange({ ...filter, years: year === '' ? [] : [Number(year)] })}
      />
    </fieldset>
  );
}
