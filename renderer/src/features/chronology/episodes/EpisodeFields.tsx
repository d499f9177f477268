import { useId } from 'react';
import { TextField } from '@renderer/ui/TextField';
import { VagueDateInput } from '@renderer/ui/VagueDateInput';
import { Field } from '@renderer/ui/Field';
import { bindDraft } from '@renderer/ui/bind-draft';

export interface EpisodeDraft {
  readonly title: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly analysis: string;
}

/** Title, period (vague dates allowed) and analysis of a key practice episode. */
export function EpisodeFields({
  draft,
  onChange,
}: {
  readonly draft: EpisodeDraft;
  readonly onChange: (draft: EpisodeDraft) => void;
}) {
  const ids = useId();
  const field = bindDraft(draft, onChange);
  return (
    <div className="cw-episode-fields">
      <Field id={`${ids}-title`} label="Title (required)" className="cw-span-2">
        {(control) => (
          <input
            {...control}
            value={draft.title}
            required
            onChange={(event) => onChange({ ...draft, title: event.target.value })}
          />
        )}
      </Field>
      <Field id={`${ids}-from`} label="Period from">
        {(control) => <VagueDateInput control={control} {...field('periodFrom')} />}
      </Field>
      <Field id={`${ids}-to`} label="Period to">
        {(control) => <VagueDateInput control={control} {...field('periodTo')} />}
      </Field>
      <TextField id={`${ids}-analysis`} label="Analysis" className="cw-span-2" rows={5} {...field('analysis')} />
    </div>
  );
}

export function emptyDraft(): EpisodeDraft {
  return { title: '', periodFrom: '', periodTo: '', analysis: '' };
}

/** The API's nullable date texts from a draft's fields. */
export function draftToFields(draft: EpisodeDraft): {
  title: string;
  periodFrom: string | null;
  periodTo: string | null;
  analysis: string;
} {
  return {
    title: draft.title,
    periodFrom: draft.periodFrom.trim() === '' ? null : draft.periodFrom.trim(),
    periodTo: draft.periodTo.trim() === '' ? null : draft.periodTo.trim(),
    analysis: draft.analysis,
  };
}
