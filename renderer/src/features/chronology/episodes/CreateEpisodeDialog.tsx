import { useState } from 'react';
import type { KeyPracticeEpisode } from '@shared/domain/chronology';
import { useReviewCommand } from '@renderer/api/ReviewProvider';
import { useAsyncAction } from '@renderer/components/useAsyncAction';
import { FormDialog } from '@renderer/ui/FormDialog';
import { draftToFields, emptyDraft, EpisodeFields } from './EpisodeFields';

/** Groups the selected entries into a new key practice episode. */
export function CreateEpisodeDialog(props: {
  readonly entryIds: readonly number[];
  readonly onClose: () => void;
  readonly onCreated: (episode: KeyPracticeEpisode) => void;
}) {
  const command = useReviewCommand();
  const action = useAsyncAction();
  const [draft, setDraft] = useState(emptyDraft());
  const submit = async (): Promise<void> => {
    const episode = await action.run(() =>
      command('chronology.addEpisode', { ...draftToFields(draft), entryIds: [...props.entryIds] }),
    );
    if (episode !== undefined) props.onCreated(episode);
  };
  const count = props.entryIds.length;
  return (
    <FormDialog
      title="Group into a key practice episode"
      onClose={props.onClose}
      wide
      onSubmit={submit}
      action={action}
      errorTitle="The episode was not created"
      submitLabel="Create episode"
    >
      <p>
        {count} {count === 1 ? 'entry' : 'entries'} will be in this episode.
      </p>
      <EpisodeFields draft={draft} onChange={setDraft} />
    </FormDialog>
  );
}
