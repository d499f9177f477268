import type { ImportProblem } from '@shared/domain/chronology';
import { FIELD_LABELS } from './mapping';
import { ScrollRegion } from '../shared/ScrollRegion';
import { ColumnHeads } from '@renderer/ui/ColumnHeads';

const SHOWN = 500;

/** Every problem found, located by file, row and column, with the reason in words. */
export function ProblemsTable({
  problems,
  caption,
}: {
  readonly problems: readonly ImportProblem[];
  readonly caption: string;
}) {
  if (problems.length === 0) return null;
  return (
    <ScrollRegion aria-label={caption}>
      <table className="cw-problems-table">
        <caption>{caption}</caption>
        <ColumnHeads names={['File', 'Row', 'Column', 'Problem']} />
        <tbody>
          {problems.slice(0, SHOWN).map((problem, i) => (
            <tr key={`${problem.row}-${i}`}>
              <td>{problem.file}</td>
              <td>{problem.row}</td>
              <td>{problem.column ?? (problem.field === undefined ? '' : FIELD_LABELS[problem.field])}</td>
              <td>{problem.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > SHOWN ? <p className="hint">{problems.length - SHOWN} more problems are not listed.</p> : null}
    </ScrollRegion>
  );
}
