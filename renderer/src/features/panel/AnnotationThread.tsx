import { useId, useState, type FormEvent } from 'react';
import { annotationStatusLabels, type Annotation, type AnnotationStatus } from '@shared/domain/annotations';
import { reviewHref } from '../../navigation/routes';
import { useReviewState } from '../../api/ReviewProvider';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Flag } from '../../ui/Flag';
import { isoDateTimeToWords } from '../../ui/date-input';
import { Button } from '@renderer/ui/Button';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { TextField } from '@renderer/ui/TextField';

function TargetLabel({ annotation }: { annotation: Annotation }) {
  const { reviewId } = useReviewState();
  const t = annotation.target;
  switch (t.kind) {
    case 'finding':
      return t.findingId === null ? (
        <>On a deleted finding</>
      ) : (
        <a href={reviewHref(reviewId, 'findings', String(t.findingId))}>
          Finding {t.findingNumber}: {t.findingTitle}
        </a>
      );
    case 'paragraph':
      return t.findingId === null ? (
        <>
          {t.ownerKind === 's' ? `Section "${t.ownerId.replace(/_/g, ' ')}"` : `Recommendation ${t.ownerId}`}, paragraph{' '}
          {t.paragraph}
        </>
      ) : (
        <a href={reviewHref(reviewId, 'findings', String(t.findingId))}>
          Finding {t.findingNumber}, paragraph {t.paragraph}
        </a>
      );
    case 'entry':
      return t.entryId === null ? (
        <>On a deleted chronology entry</>
      ) : (
        <>Chronology entry{t.entryLabel === null ? '' : `: ${t.entryLabel}`}</>
      );
    case 'unplaced':
      return <Flag>Not placed</Flag>;
  }
}

function Byline({ annotation }: { annotation: Annotation }) {
  const who = [annotation.authorName, annotation.authorRole, annotation.authorAgency]
    .filter((part) => part !== '')
    .join(', ');
  const when = isoDateTimeToWords(annotation.createdAt);
  return (
    <p className="annotation-byline">
      {who} · <time dateTime={annotation.createdAt}>{when}</time>
    </p>
  );
}

const nextStatuses: readonly { status: AnnotationStatus; label: string }[] = [
  { status: 'accepted', label: 'Accept' },
  { status: 'rejected', label: 'Reject' },
  { status: 'resolved', label: 'Resolve' },
  { status: 'open', label: 'Reopen' },
];

/** One comment with its replies, the status actions and a reply box. */
export function AnnotationThread({ annotation }: { annotation: Annotation }) {
  const { command, announce, action } = useReviewChange();
  const id = useId();
  const [reply, setReply] = useState('');
  const [replyAuthor, setReplyAuthor] = useState('Lead reviewer');

  const setStatus = async (status: AnnotationStatus): Promise<void> => {
    const done = await action.run(() => command('annotations.updateStatus', { id: annotation.id, status }));
    if (done !== undefined) announce(`Comment marked ${annotationStatusLabels[status].toLowerCase()}`);
  };
  const sendReply = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const done = await action.run(() =>
      command('annotations.reply', { parentId: annotation.id, text: reply, authorName: replyAuthor }),
    );
    if (done === undefined) return;
    setReply('');
    announce('Reply added');
  };

  return (
    <article className={`annotation status-${annotation.status}`} aria-labelledby={`${id}-target`}>
      <h2 className="annotation-target" id={`${id}-target`}>
        <TargetLabel annotation={annotation} />
        <span className={`status-badge status-${annotation.status}`}>{annotationStatusLabels[annotation.status]}</span>
      </h2>
      {annotation.quotedText !== '' ? (
        <blockquote className="annotation-quote">{annotation.quotedText}</blockquote>
      ) : null}
      <Byline annotation={annotation} />
      <p className="annotation-text">{annotation.text}</p>
      {annotation.replies.length > 0 ? (
        <ul className="annotation-replies" aria-label="Replies">
          {flatten(annotation.replies).map((r) => (
            <li key={r.id}>
              <Byline annotation={r} />
              <p className="annotation-text">{r.text}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorMessage error={action.error} title="Not done" />
      <div className="button-row" role="group" aria-label="Status">
        {nextStatuses
          .filter((s) => s.status !== annotation.status)
          .map((s) => (
            <Button key={s.status} busy={action.busy} onClick={() => void setStatus(s.status)}>
              {s.label}
            </Button>
          ))}
      </div>
      <form className="reply-form" onSubmit={(event) => void sendReply(event)}>
        <TextField id={`${id}-reply`} label="Reply" rows={2} value={reply} onChange={setReply} />
        <TextField
          id={`${id}-author`}
          label="Reply as"
          value={replyAuthor}
          onChange={setReplyAuthor}
          autoComplete="name"
        />
        <Button type="submit" busy={action.busy} disabled={reply.trim() === '' || replyAuthor.trim() === ''}>
          Send reply
        </Button>
      </form>
    </article>
  );
}

/** Replies to replies are shown in one chronological list, as Word does. */
function flatten(replies: readonly Annotation[]): readonly Annotation[] {
  return replies.flatMap((r) => [r, ...flatten(r.replies)]).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
