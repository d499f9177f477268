import { useState, type FormEvent } from 'react';
import { useApiClient } from '../../api/ApiProvider';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAsyncAction } from '../../components/useAsyncAction';
import { Button } from '@renderer/ui/Button';
import { TextInput } from '@renderer/ui/TextInput';

export function DisplayNameForm({ current, onSaved }: { current: string; onSaved: () => void }) {
  const client = useApiClient();
  const [name, setName] = useState(current);
  const [saved, setSaved] = useState(false);
  const saving = useAsyncAction();

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSaved(false);
    const result = await saving.run(() => client.app('settings.update', { displayName: name }));
    if (result !== undefined) {
      setSaved(true);
      onSaved();
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="stacked-form">
      <label htmlFor="display-name">Display name</label>
      <TextInput id="display-name" value={name} onChange={setName} required autoComplete="name" />
      <p className="hint">Recorded with every change you make, so a review's history shows who did what.</p>
      <Button type="submit" busy={saving.busy}>
        Save name
      </Button>
      {saved ? <p role="status">Saved.</p> : null}
      <ErrorMessage error={saving.error} />
    </form>
  );
}
