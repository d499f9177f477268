import { useId } from 'react';
import { DateReading } from '../../../ui/DateReading';

export interface EpisodeDraft {
  readonly title: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly analysis: string;
}

/** Title, period (vague dates allowed) and analysis of a key practice episode. */
export function EpisodeFields({ draft, onChange }: { readonly draft: EpisodeDraft; readonly onChange: (draft: EpisodeDraft) => void }) {
  const ids = useId();
  return (
    <div className="cw-episode-fields">
      <div className="field cw-span-2">
        <label htmlFor={`${ids}-title`}>Title (required)</label>
        <input id={`${ids}-title`} value={draft.title} required onChange={(event) => onChange({ ...draft, title: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-from`}>Period from</label>
        <input id={`${ids}-from`} value={draft.periodFrom} aria-describedby={`${ids}-from-reading`}
          onChange={(event) => onChange({ ...draft, periodFrom: event.target.value })} />
        <DateReading id={`${ids}-from-reading`} text={draft.periodFrom} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-to`}>Period to</label>
        <input id={`${ids}-to`} value={draft.periodTo} aria-describedby={`${ids}-to-reading`}
          onChange={(event) => onChange({ ...draft, periodTo: event.target.value })} />
        <DateReading id={`${ids}-to-reading`} text={draft.periodTo} />
      </div>
      <div className="field cw-span-2">
        <label htmlFor={`${ids}-analysis`}>Analysis</label>
        <textarea id={`${ids}-analysis`} rows={5} value={draft.analysis} onChange={(event) => onChange({ ...draft, analysis: event.target.value })} />
      </div>
    </div>
  );
}

export function emptyDraft(): EpisodeDraft {
  return { title: '', periodFrom: '', periodTo: '', analysis: '' };
}

/** The API's nullable date texts from a draft's fields. */
export function draftToFields(draft: EpisodeDraft): { title: string; periodFrom: string | null; periodTo: string | null; analysis: string } {
  return {
    title: draft.title,
    periodFrom: draft.periodFrom.trim() === '' ? null : draft.periodFrom.trim(),
    periodTo: draft.periodTo.trim() === '' ? null : draft.periodTo.trim(),
    analysis: draft.analysis,
  };
}
