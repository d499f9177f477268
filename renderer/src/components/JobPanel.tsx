import type { FollowedJob } from '../api/useJob';
import { Button } from '../ui/Button';
import { ProgressBar } from '../ui/ProgressBar';
import './JobPanel.css';

/**
 * The progress of long work with its Cancel button while it runs, and after a cancel a plain
 * statement that nothing was changed. `what` names the work for the bar ("Importing police.csv").
 */
export function JobPanel({
  job,
  what,
  cancelLabel,
  cancelledText,
}: {
  readonly job: FollowedJob;
  readonly what: string;
  readonly cancelLabel: string;
  readonly cancelledText: string;
}) {
  if (job.running) {
    const cancelling = job.progress?.state === 'cancelling';
    return (
      <div className="cw-job">
        <ProgressBar label={what} report={job.progress} />
        <Button busy={cancelling} onClick={job.cancel}>
          {cancelling ? 'Cancelling…' : cancelLabel}
        </Button>
      </div>
    );
  }
  return job.cancelled ? (
    <p className="cw-job-cancelled" role="status">
      {cancelledText}
    </p>
  ) : null;
}
