import { useRef, useState, type KeyboardEvent } from 'react';
import type { AreaProps } from '../../navigation/area-props';
import { RegisterPanel } from './RegisterPanel';
import { CompletenessPanel } from './CompletenessPanel';
import { IdentifiersPanel } from './IdentifiersPanel';
import { NameWarningsPanel } from './NameWarningsPanel';
import './People.css';

const tabs = [
  { id: 'register', label: 'Register' },
  { id: 'completeness', label: 'Protected characteristics' },
  { id: 'identifiers', label: 'Identifiers to redact' },
  { id: 'warnings', label: 'Possible unregistered names' },
] as const;
type TabId = (typeof tabs)[number]['id'];

/**
 * The people area: who the family are (real names, aliases, pseudonyms), what is known about
 * their protected characteristics, and what publication output must redact.
 */
export function PeopleView({ detail }: AreaProps) {
  const initial = tabs.some((t) => t.id === detail) ? (detail as TabId) : 'register';
  const [tab, setTab] = useState<TabId>(initial);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  // Arrow keys move between tabs (the WAI-ARIA tabs pattern); Tab moves into the panel.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const jump = event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : null;
    if (step === 0 && jump === null) return;
    event.preventDefault();
    const next = jump ?? (index + step + tabs.length) % tabs.length;
    setTab(tabs[next]!.id);
    refs.current[next]?.focus();
  };

  return (
    <div className="people">
      <h1 id="area-heading">People</h1>
      <p className="hint">
        Real names stay in this file. Every publication uses the pseudonyms, and the leak check refuses to save a
        publication that still holds a registered name, alias, date of birth or identifier.
      </p>
      <div role="tablist" aria-label="People" className="people-tabs">
        {tabs.map((t, index) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`people-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`people-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="people-tab"
            onClick={() => setTab(t.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`people-panel-${tab}`} aria-labelledby={`people-tab-${tab}`} className="people-panel">
        {tab === 'register' ? <RegisterPanel /> : null}
        {tab === 'completeness' ? <CompletenessPanel /> : null}
        {tab === 'identifiers' ? <IdentifiersPanel /> : null}
        {tab === 'warnings' ? <NameWarningsPanel /> : null}
      </div>
    </div>
  );
}
