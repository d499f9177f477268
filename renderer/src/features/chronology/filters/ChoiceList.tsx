import { useEffect, useId, useRef } from 'react';

export interface Choice {
  readonly id: number;
  readonly label: string;
}

/**
 * A drop-down list of checkboxes (a native <details>, so it opens with Enter/Space and needs no
 * script to be accessible). The summary says how many are chosen.
 */
export function ChoiceList(props: {
  readonly label: string;
  readonly choices: readonly Choice[];
  readonly chosen: readonly number[];
  readonly onToggle: (id: number) => void;
  readonly onClear: () => void;
}) {
  const groupId = useId();
  const count = props.chosen.length;
  const ref = useRef<HTMLDetailsElement>(null);
  // Like any drop-down, it closes when the reviewer clicks elsewhere or presses Escape, so its
  // panel never stays over the grid.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent): void => {
      const details = ref.current;
      if (details?.open === true && event.target instanceof Node && !details.contains(event.target))
        details.open = false;
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      const details = ref.current;
      if (
        event.key !== 'Escape' ||
        details?.open !== true ||
        !(event.target instanceof Node) ||
        !details.contains(event.target)
      )
        return;
      event.preventDefault();
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
  return (
    <details className="cw-choice-list" ref={ref}>
      <summary>
        {props.label}
        {count > 0 ? <span className="cw-count"> ({count} chosen)</span> : <span className="cw-count"> (any)</span>}
      </summary>
      <div className="cw-choice-panel" role="group" aria-labelledby={groupId}>
        <span id={groupId} className="visually-hidden">
          {props.label}
        </span>
        {props.choices.length === 0 ? <p className="cw-muted">None yet.</p> : null}
        <ul>
          {props.choices.map((choice) => (
            <li key={choice.id}>
              <label>
                <input
                  type="checkbox"
                  checked={props.chosen.includes(choice.id)}
                  onChange={() => props.onToggle(choice.id)}
                />
                {choice.label}
              </label>
            </li>
          ))}
        </ul>
        {count > 0 ? (
          <button type="button" className="cw-button is-link" onClick={props.onClear}>
            Any {props.label.toLowerCase()}
          </button>
        ) : null}
      </div>
    </details>
  );
}
