import { splitHighlights } from './highlight';

/** Text with search matches wrapped in <mark> (matches are also read as plain text). */
export function Highlighted({ marked }: { readonly marked: string }) {
  return (
    <>
      {splitHighlights(marked).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
