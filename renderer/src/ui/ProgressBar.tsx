import { useId } from 'react';
import { progressText, type ProgressReport } from '@shared/progress';
import './ui.css';

/**
 * A determinate progress bar (role=progressbar with its value) once the total is known; before
 * that, an indeterminate one. `label` names the work ("Importing Westmoor Police return.csv").
 */
export function ProgressBar({ label, report }: { readonly label: string; readonly report: ProgressReport | null }) {
  const id = useId();
  const known = report !== null && report.total > 0;
  const percent = known ? Math.min(100, Math.round((report.done / report.total) * 100)) : 0;
  const text = report === null ? 'starting' : progressText(report);
  return (
    <div className="cw-progress">
      <div id={`${id}-label`} className="cw-progress-label">
        <strong>{label}</strong>
        {report === null ? null : <span>{report.step}</span>}
        <span>{text}</span>
      </div>
      <div
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={known ? 0 : undefined}
        aria-valuemax={known ? report.total : undefined}
        aria-valuenow={known ? report.done : undefined}
        aria-valuetext={known ? `${report.step}: ${text}` : undefined}
        className={known ? 'cw-progress-track' : 'cw-progress-track is-indeterminate'}
      >
        <div className="cw-progress-fill" style={known ? { width: `${percent}%` } : undefined} />
      </div>
    </div>
  );
}
