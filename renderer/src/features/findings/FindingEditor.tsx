import { useState } from 'react';
import { findingTypeLabels, findingTypes, type Finding, type FindingType } from '@shared/domain/findings';
import type { RichText } from '@shared/lexical/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { RichTextEditor } from '../../editor/RichTextEditor';
import { Checkbox } from '../../ui/Checkbox';
import { SavedField } from '../../ui/SavedField';
import { EvidencePanel } from './EvidencePanel';
import { TagPanel } from './TagPanel';
import { Button } from '@renderer/ui/Button';
import { EnumSelect } from '@renderer/ui/EnumSelect';
import { labelledOptions } from '@renderer/ui/Select';
import { useReviewChange } from '@renderer/components/useReviewChange';

export function FindingEditor({ finding }: { finding: Finding }) {
  const { command, announce, action } = useReviewChange();
  const [confirmDelete, setConfirmDelete] = useState(false);

  const update = async (changes: {
    title?: string;
    type?: FindingType;
    inBriefing?: boolean;
    body?: RichText;
  }): Promise<void> => {
    const done = await action.run(() => command('findings.update', { id: finding.id, changes }));
    if (done !== undefined && changes.body === undefined) announce('Saved');
  };
  const remove = async (): Promise<void> => {
    const done = await action.run(() => command('findings.remove', { id: finding.id }));
    if (done !== undefined) announce(`Finding ${finding.number} deleted; Undo brings it back`);
  };

  return (
    <article className="finding-editor" aria-labelledby={`finding-${finding.id}-heading`}>
      <h2 id={`finding-${finding.id}-heading`}>
        Finding {finding.number}: {finding.title}
      </h2>
      {finding.withoutEvidence ? (
        <p className="warning-message">
          This finding rests on no chronology entry or episode yet. Link its evidence below.
        </p>
      ) : null}
      <ErrorMessage error={action.error} title="Not saved" />
      <SavedField
        id={`finding-${finding.id}-title`}
        label="Title"
        value={finding.title}
        required
        onSave={(title) => update({ title })}
      />
      <div className="finding-fields">
        <EnumSelect<FindingType>
          id={`finding-${finding.id}-type`}
          label="Type"
          value={finding.type}
          options={labelledOptions(findingTypes, findingTypeLabels)}
          onChange={(value) => void update({ type: value })}
        />
        <Checkbox
          id={`finding-${finding.id}-briefing`}
          label="Include in the 7-minute briefing"
          checked={finding.inBriefing}
          onChange={(inBriefing) => void update({ inBriefing })}
        />
      </div>
      <RichTextEditor
        namespace={`finding-${finding.id}`}
        label="Analysis"
        description="Why it happened, not only what. Links to chronology entries can be added from the evidence list."
        value={finding.body}
        onChange={(body) => void update({ body })}
      />
      <TagPanel finding={finding} />
      <EvidencePanel finding={finding} />
      <div className="button-row finding-delete">
        {confirmDelete ? (
          <>
            <Button variant="danger" onClick={() => void remove()} busy={action.busy}>
              Delete finding {finding.number}
            </Button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmDelete(true)}>
            Delete…
          </button>
        )}
      </div>
    </article>
  );
}
