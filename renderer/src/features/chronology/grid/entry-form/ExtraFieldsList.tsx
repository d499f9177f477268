import type { ChronologyEntry } from '@shared/domain/chronology';

/**
 * Columns of the agency's file that fill no entry field, shown exactly as the agency wrote them
 * (read-only: they are the source record). A formula is shown as its visible text, with the
 * formula as written beside it.
 */
export function ExtraFieldsList({ entry }: { readonly entry: ChronologyEntry }) {
  if (entry.extraFields.length === 0) return null;
  return (
    <section className="cw-group cw-subform" aria-labelledby={`cw-extra-${entry.id}`}>
      <h3 id={`cw-extra-${entry.id}`}>Other columns from the agency’s file</h3>
      <dl className="cw-extra-fields">
        {entry.extraFields.map((field, index) => (
          <div key={index}>
            <dt>{field.name}</dt>
            <dd>
              <span className="cw-preserve-lines">{field.value}</span>
              {field.raw !== null && field.raw !== field.value ? (
                <span className="hint"> (written in the file as {field.raw})</span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
