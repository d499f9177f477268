/** What a kit control takes to show one value and hand back its changes. */
export interface BoundValue<V> {
  readonly value: V;
  readonly onChange: (value: V) => void;
}

/**
 * Ties a form's controls to the keys of its draft object: `<TextField {...field('title')} />` shows
 * `draft.title` and writes a change into a copy of the draft, so a form says only which key each
 * control edits.
 */
export function bindDraft<D extends object>(
  draft: D,
  onChange: (next: D) => void,
): <K extends keyof D>(key: K) => BoundValue<D[K]> {
  return (key) => ({ value: draft[key], onChange: (value) => onChange({ ...draft, [key]: value }) });
}
