import type { ReactNode } from 'react';
import type { Choice } from '../../filters/ChoiceList';
import type { EntryDraft } from './entry-draft';

/** What a part of the entry form about people gets: the draft, the review's people, and where the changed draft goes. */
export interface PeoplePartProps {
  readonly draft: EntryDraft;
  readonly people: readonly Choice[];
  readonly onChange: (draft: EntryDraft) => void;
}

/**
 * A list of like rows in the entry form (people, children, agencies told): each row is a labelled
 * group with its own remove button, and one button adds a row. The field components say only
 * what a row holds.
 */
export function SubformRows<Row>({
  legend,
  rows,
  onRows,
  rowLabel,
  rowWord,
  empty,
  newRow,
  addLabel,
  addDisabled = false,
  renderRow,
  before,
  after,
}: {
  readonly legend: string;
  readonly rows: readonly Row[];
  readonly onRows: (rows: Row[]) => void;
  /** Names each row's group: "Person" → "Person 2". */
  readonly rowLabel: string;
  /** Names each row's remove button: "person" → "Remove person 2". */
  readonly rowWord: string;
  /** The hint shown while there are no rows. */
  readonly empty: string;
  readonly newRow: () => Row;
  readonly addLabel: string;
  readonly addDisabled?: boolean;
  readonly renderRow: (row: Row, set: (change: Partial<Row>) => void) => ReactNode;
  readonly before?: ReactNode;
  readonly after?: ReactNode;
}) {
  return (
    <fieldset className="cw-group cw-subform">
      <legend>{legend}</legend>
      {before}
      {rows.length === 0 ? <p className="hint">{empty}</p> : null}
      {rows.map((row, index) => (
        <div key={index} className="cw-subform-row" role="group" aria-label={`${rowLabel} ${index + 1}`}>
          {renderRow(row, (change) => onRows(rows.map((r, i) => (i === index ? { ...r, ...change } : r))))}
          <button type="button" onClick={() => onRows(rows.filter((_, i) => i !== index))}>
            Remove {rowWord} {index + 1}
          </button>
        </div>
      ))}
      <button type="button" disabled={addDisabled} onClick={() => onRows([...rows, newRow()])}>
        {addLabel}
      </button>
      {after}
    </fieldset>
  );
}

/** The review's people to choose from, after "Choose…" (value 0) and any options `first` adds. */
export function PersonOptions({ people, first }: { readonly people: readonly Choice[]; readonly first?: ReactNode }) {
  return (
    <>
      <option value="0">Choose…</option>
      {first}
      {people.map((p) => (
        <option key={p.id} value={String(p.id)}>
          {p.label}
        </option>
      ))}
    </>
  );
}
