import type { LibraryView } from '@shared/api/board';

/** How many reviews were read, and every file left out with its reason. */
export function LibrarySummary({ library }: { readonly library: LibraryView }) {
  const n = library.reviews.length;
  return (
    <section aria-labelledby="board-library-heading" className="board-panel">
      <h2 id="board-library-heading">Library</h2>
      <p>
        {n} review{n === 1 ? '' : 's'} read
        {library.refused.length === 0
          ? '.'
          : `; ${library.refused.length} file${library.refused.length === 1 ? '' : 's'} left out.`}
      </p>
      {library.reviews.some((r) => r.missingParts.length > 0) ? (
        <p className="hint">
          Some reviews were saved by an older version and do not hold every part yet; they are read as they are.
        </p>
      ) : null}
      {library.refused.length === 0 ? null : (
        <details>
          <summary>Files left out, and why</summary>
          <ul className="board-refused">
            {library.refused.slice(0, 500).map((r) => (
              <li key={r.file}>{r.reason}</li>
            ))}
          </ul>
          {library.refused.length > 500 ? <p className="hint">and {library.refused.length - 500} more.</p> : null}
        </details>
      )}
    </section>
  );
}
