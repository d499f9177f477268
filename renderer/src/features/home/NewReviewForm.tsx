import { useId, useState, type FormEvent } from 'react';
import { REVIEW_KINDS, REVIEW_KIND_LABELS, type ReviewKind } from '@shared/domain/review';
import { useApiClient } from '../../api/ApiProvider';
import { navigate, reviewHref } from '../../navigation/routes';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAsyncAction } from '../../components/useAsyncAction';
import { suggestPassphrase } from './suggest-passphrase';
import './NewReviewForm.css';
import { Button } from '@renderer/ui/Button';
import { RadioOptions } from '@renderer/ui/RadioOption';
import { labelledOptions } from '@renderer/ui/Select';
import { TextInput } from '@renderer/ui/TextInput';
import { Checkbox } from '@renderer/ui/Checkbox';

/**
 * A new review: encrypted by default (with the passphrase confirmed and a recovery sheet to
 * print), saved in the reviews folder or — in the desktop app — where the reviewer chooses in the
 * system's save dialog. The page never names a path itself.
 */
export function NewReviewForm({ defaultDirectory }: { defaultDirectory: string | undefined }) {
  const id = useId();
  const client = useApiClient();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ReviewKind>('lcspr');
  const [encrypt, setEncrypt] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [recorded, setRecorded] = useState(false);
  const [shown, setShown] = useState(false);
  // Both passphrase boxes show or hide their text together, and tell the browser they hold a new password.
  const passphraseBox = { type: shown ? 'text' : 'password', autoComplete: 'new-password' } as const;
  const [location, setLocation] = useState<{ grant: string; fileName: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const creating = useAsyncAction();

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (encrypt) {
      if (passphrase.length < 10)
        return setProblem('Use a passphrase of at least 10 characters (a few unrelated words work well).');
      if (passphrase !== confirmation)
        return setProblem('The two passphrases are not the same. Type the passphrase again in both boxes.');
      if (!recorded)
        return setProblem('Confirm that you have written the passphrase down or printed the recovery sheet.');
    }
    setProblem(null);
    const session = await creating.run(() =>
      client.app('review.create', {
        title,
        kind,
        ...(location === null ? {} : { grant: location.grant }),
        ...(encrypt ? { passphrase } : {}),
      }),
    );
    // A grant works once: a failed attempt needs a fresh choice of location.
    setLocation(null);
    if (session !== undefined) navigate(reviewHref(session.reviewId));
  };

  const chooseLocation = async (): Promise<void> => {
    const choice = await window.casewright?.showSaveDialog({
      title: 'Save the new review',
      defaultName: `${title.trim() === '' ? 'Review' : title.trim().replace(/[/\\:*?"<>|]/g, '-')}.cwr`,
      filters: [{ name: 'Casewright review', extensions: ['cwr'] }],
    });
    if (choice != null) setLocation(choice);
  };

  const suggest = (): void => {
    const suggestion = suggestPassphrase();
    setPassphrase(suggestion);
    setConfirmation(suggestion);
    setShown(true);
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      className="stacked-form"
      aria-describedby="new-review-hint"
      noValidate
    >
      <p id="new-review-hint">Each review is one file ending in .cwr. Nothing leaves this computer.</p>
      <label htmlFor="new-title">Title</label>
      <TextInput id="new-title" value={title} onChange={setTitle} required autoComplete="off" />
      {/* Radios rather than a list box: the kinds' full names are long and must be read whole. */}
      <fieldset className="new-review-kinds">
        <legend>Kind of review</legend>
        <RadioOptions
          value={kind}
          options={labelledOptions(REVIEW_KINDS, REVIEW_KIND_LABELS)}
          onChange={setKind}
          optionClassName="new-review-kind"
        />
      </fieldset>

      <fieldset className="encryption-fieldset">
        <legend>Protect the file</legend>
        <Checkbox
          id={`${id}-encrypt`}
          label="Encrypt this review with a passphrase (recommended)"
          checked={encrypt}
          onChange={setEncrypt}
          hint={
            encrypt
              ? 'Anyone who gets a copy of the file — a lost laptop, a shared drive, a backup — cannot read it without the passphrase. Nobody can recover the passphrase for you, not even Casewright: if it is lost, so is the review.'
              : 'Without encryption, anyone who gets a copy of the file can read the names and histories in it.'
          }
        />
        {encrypt ? (
          <>
            <label htmlFor={`${id}-passphrase`}>Passphrase</label>
            <TextInput
              id={`${id}-passphrase`}
              {...passphraseBox}
              value={passphrase}
              onChange={setPassphrase}
              aria-describedby={`${id}-passphrase-hint`}
            />
            <p id={`${id}-passphrase-hint`} className="hint">
              At least 10 characters. A few unrelated words, or a suggested passphrase, work well.
            </p>
            <label htmlFor={`${id}-confirm`}>Type the passphrase again</label>
            <TextInput id={`${id}-confirm`} {...passphraseBox} value={confirmation} onChange={setConfirmation} />
            <Checkbox id={`${id}-show`} label="Show the passphrase" checked={shown} onChange={setShown} />
            <div className="button-row">
              <button type="button" className="secondary" onClick={suggest}>
                Suggest a passphrase
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => window.print()}
                disabled={passphrase === '' || passphrase !== confirmation}
              >
                Print a recovery sheet…
              </button>
            </div>
            {passphrase !== '' && passphrase === confirmation ? (
              <div className="recovery-sheet">
                <h3>Casewright recovery sheet</h3>
                <p>Review: {title.trim() === '' ? '(untitled)' : title.trim()}</p>
                <p>
                  Passphrase: <code className="recovery-passphrase">{passphrase}</code>
                </p>
                <p>
                  Keep this sheet locked away, apart from the computer. Anyone with it and a copy of the file can read
                  the review.
                </p>
              </div>
            ) : null}
            <Checkbox
              id={`${id}-recorded`}
              label="I have written the passphrase down or printed the recovery sheet"
              checked={recorded}
              onChange={setRecorded}
            />
          </>
        ) : null}
      </fieldset>

      {window.casewright === undefined ? (
        <p className="hint">
          Saved in your Reviews folder{defaultDirectory === undefined ? '' : ` (${defaultDirectory})`}.
        </p>
      ) : (
        <div className="button-row">
          <button type="button" className="secondary" onClick={() => void chooseLocation()}>
            Choose where to save…
          </button>
          <span className="hint">
            {location === null
              ? `Saved in your Reviews folder unless you choose another place.`
              : `Will be saved as ${location.fileName}`}
          </span>
        </div>
      )}
      {problem === null ? null : (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      <Button type="submit" busy={creating.busy}>
        Create review
      </Button>
      <ErrorMessage error={creating.error} title="Could not create the review" />
    </form>
  );
}
