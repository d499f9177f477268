import { useEffect, useId, useState, type FormEvent } from 'react';
import type { BriefingContent, BriefingContentPatch } from '@shared/domain/report';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { BriefingFindings } from './BriefingFindings';
import { Button } from '@renderer/ui/Button';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { bindDraft } from '@renderer/ui/bind-draft';
import { TextField } from '@renderer/ui/TextField';

type BriefingText = 'background' | 'whyItMatters' | 'thingsToNote' | 'whatToDo';

const fields: readonly { readonly key: BriefingText; readonly label: string }[] = [
  { key: 'background', label: '1. Background' },
  { key: 'whyItMatters', label: '2. Why it matters' },
  { key: 'thingsToNote', label: '6. Things to note and remember' },
  { key: 'whatToDo', label: '7. What to do' },
];

interface Draft {
  texts: Record<BriefingText, string>;
  points: string;
  questions: string;
}

function toDraft(content: BriefingContent): Draft {
  return {
    texts: {
      background: content.background ?? '',
      whyItMatters: content.whyItMatters ?? '',
      thingsToNote: content.thingsToNote ?? '',
      whatToDo: content.whatToDo ?? '',
    },
    points: (content.learningPoints ?? []).join('\n'),
    questions: content.reflectiveQuestions.join('\n'),
  };
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/**
 * The briefing's text before export. Empty fields are generated from the review (background from
 * its details, learning points from the findings marked for the briefing), shown as hints.
 */
export function BriefingEditor() {
  const id = useId();
  const view = useReviewQuery('report.getBriefing', {});
  const { command, announce, action } = useReviewChange();
  const [draft, setDraft] = useState<Draft | null>(null);

  // Reload the fields only when the stored text changed (undo, another window): ticking a finding
  // refreshes this view too, and must not throw away what is being typed.
  const stored = view.data === undefined ? undefined : JSON.stringify(view.data.content);
  useEffect(() => {
    if (stored !== undefined) setDraft(toDraft(JSON.parse(stored) as BriefingContent));
  }, [stored]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (draft === null) return;
    const patch: BriefingContentPatch = {
      ...Object.fromEntries(fields.map((f) => [f.key, draft.texts[f.key].trim() === '' ? null : draft.texts[f.key]])),
      learningPoints: lines(draft.points).length === 0 ? null : lines(draft.points).slice(0, 5),
      reflectiveQuestions: lines(draft.questions).slice(0, 10),
    };
    const saved = await action.run(() => command('report.updateBriefing', patch));
    if (saved !== undefined) announce('Briefing saved');
  };

  if (view.data === undefined || draft === null) {
    return (
      <section className="briefing-editor" id="report-briefing" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>Learning briefing</h2>
        <ErrorMessage error={view.error} />
        <p aria-busy="true">Loading…</p>
      </section>
    );
  }
  const generated = view.data.generatedLearningPoints;
  const field = bindDraft(draft, setDraft);
  const text = bindDraft(draft.texts, (texts) => setDraft({ ...draft, texts }));
  return (
    <section className="briefing-editor" id="report-briefing" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Learning briefing</h2>
      <p className="hint">
        {view.data.markedFindings} finding{view.data.markedFindings === 1 ? ' is' : 's are'} marked for the briefing.
        Leave a field empty to have it written from the review.
      </p>
      <BriefingFindings />
      <form className="stacked-form" onSubmit={(event) => void submit(event)}>
        {fields.map((f) => (
          <TextField key={f.key} id={`${id}-${f.key}`} label={f.label} rows={3} {...text(f.key)} />
        ))}
        <TextField
          id={`${id}-points`}
          label="3–5. Key learning points (one a line)"
          hint={
            generated.length === 0
              ? 'Mark findings for the briefing to generate these.'
              : `If left empty: ${generated.join(' · ')}`
          }
          rows={4}
          {...field('points')}
        />
        <TextField id={`${id}-questions`} label="Reflective questions (one a line)" rows={3} {...field('questions')} />
        <ErrorMessage error={action.error} title="Not saved" />
        <Button type="submit" busy={action.busy}>
          Save briefing
        </Button>
      </form>
    </section>
  );
}
