import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useApiClient } from '../../api/ApiProvider';
import { navigate, reviewHref } from '../../navigation/routes';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAsyncAction } from '../../components/useAsyncAction';
import { Button } from '@renderer/ui/Button';

/**
 * Opening a review, asking for its passphrase when it is encrypted. Returns the `open` action and
 * the passphrase form to show (nothing until a review turns out to need one).
 */
export function useOpenReview(): {
  readonly open: (path: string) => Promise<void>;
  readonly busy: boolean;
  readonly ui: ReactNode;
} {
  const client = useApiClient();
  const opening = useAsyncAction();
  // The encrypted review waiting for its passphrase, if any.
  const [pending, setPending] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const id = useId();

  const attempt = async (path: string, given?: string): Promise<void> => {
    const session = await opening.run(() =>
      client.app('review.open', { path, ...(given === undefined ? {} : { passphrase: given }) }),
    );
    if (session === undefined) return;
    setPending(null);
    setPassphrase('');
    navigate(reviewHref(session.reviewId));
  };
  const code = opening.error?.code;
  const asking = pending !== null && (code === 'passphrase-needed' || code === 'passphrase-wrong' || opening.busy);

  const ui = (
    <>
      {asking ? (
        <PassphraseForm
          id={id}
          passphrase={passphrase}
          setPassphrase={setPassphrase}
          onSubmit={(event) => {
            event.preventDefault();
            if (pending !== null) void attempt(pending, passphrase);
          }}
          busy={opening.busy}
          wrong={code === 'passphrase-wrong'}
        />
      ) : null}
      {code === 'passphrase-needed' || code === 'passphrase-wrong' ? null : (
        <ErrorMessage error={opening.error} title="Could not open the review" />
      )}
    </>
  );

  return {
    open: async (path) => {
      setPending(path);
      setPassphrase('');
      await attempt(path);
    },
    busy: opening.busy,
    ui,
  };
}

function PassphraseForm(props: {
  readonly id: string;
  readonly passphrase: string;
  readonly setPassphrase: (value: string) => void;
  readonly onSubmit: (event: FormEvent) => void;
  readonly busy: boolean;
  readonly wrong: boolean;
}) {
  return (
    <form className="stacked-form passphrase-form" onSubmit={props.onSubmit} aria-labelledby={`${props.id}-title`}>
      <p id={`${props.id}-title`}>
        <strong>This review is encrypted.</strong> Enter its passphrase to open it.
      </p>
      <label htmlFor={`${props.id}-passphrase`}>Passphrase for this review</label>
      <input
        id={`${props.id}-passphrase`}
        type="password"
        value={props.passphrase}
        onChange={(event) => props.setPassphrase(event.target.value)}
        autoComplete="off"
        required
        aria-invalid={props.wrong}
        aria-describedby={props.wrong ? `${props.id}-wrong` : undefined}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the reviewer just asked to open this review; the field is what they need next
        autoFocus
      />
      {props.wrong ? (
        <p id={`${props.id}-wrong`} className="error-text" role="alert">
          That passphrase does not open this review. Check it and try again.
        </p>
      ) : null}
      <Button type="submit" busy={props.busy}>
        Open with passphrase
      </Button>
    </form>
  );
}
