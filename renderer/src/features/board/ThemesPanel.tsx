import { useId, useState } from 'react';
import type { LibraryView } from '@shared/api/board';
import type { ThemeRow } from '@shared/domain/board';
import { themeBarChart } from '@shared/charts/board-charts';
import type { TagDirection } from '@shared/domain/taxonomy';
import { useAppQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useBoard } from './board-context';
import { ChartFigure } from './ChartFigure';
import { ThemeFindings } from './ThemeFindings';
import { Field } from '../../ui/Field';

const onScreen = { format: String, suppress: false } as const;

/** Themes across the chosen reviews, with direction, a bar chart and a drill-down to the findings. */
export function ThemesPanel({ library }: { readonly library: LibraryView }) {
  const id = useId();
  const { roots, filter, revision } = useBoard();
  const [taxonomyId, setTaxonomyId] = useState('');
  const [direction, setDirection] = useState<TagDirection | ''>('');
  const [target, setTarget] = useState('');
  const [open, setOpen] = useState<ThemeRow | null>(null);
  const args = {
    roots,
    filter,
    ...(taxonomyId === '' ? {} : { taxonomyId }),
    ...(direction === '' ? {} : { direction }),
    ...(target === '' ? {} : { crosswalk: { targetTaxonomyId: target } }),
  };
  const themes = useAppQuery('board.listThemes', args, revision);
  const rows = themes.data ?? [];

  return (
    <section aria-labelledby={`${id}-heading`} className="board-panel">
      <h2 id={`${id}-heading`}>Themes</h2>
      <div className="board-controls">
        <Field id={`${id}-taxonomy`} label="Framework">
          {(control) => (
            <select {...control} value={taxonomyId} onChange={(event) => setTaxonomyId(event.target.value)}>
              <option value="">All frameworks</option>
              {library.taxonomies.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-direction`} label="Direction">
          {(control) => (
            <select
              {...control}
              value={direction}
              onChange={(event) => setDirection(event.target.value as TagDirection | '')}
            >
              <option value="">Either direction</option>
              <option value="supports">Supports good practice</option>
              <option value="hinders">Hinders (unsafe conditions)</option>
            </select>
          )}
        </Field>
        {library.crosswalkFrameworks.length === 0 ? null : (
          <Field id={`${id}-target`} label="Count in framework (through crosswalks)">
            {(control) => (
              <select {...control} value={target} onChange={(event) => setTarget(event.target.value)}>
                <option value="">As tagged</option>
                {library.crosswalkFrameworks.map((framework) => (
                  <option key={framework.id} value={framework.id}>
                    {framework.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <ErrorMessage error={themes.error} />
      {themes.data === undefined ? (
        <p aria-busy="true">Counting themes…</p>
      ) : rows.length === 0 ? (
        <p>No findings in these reviews are tagged with a theme.</p>
      ) : (
        <ChartFigure
          chart={themeBarChart(rows, onScreen)}
          caption="Themes across the reviews: the table below holds the same figures."
        >
          <table className="board-table">
            <caption>Themes: findings and reviews for each term</caption>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                <th scope="col">Framework</th>
                <th scope="col">Findings</th>
                <th scope="col">Reviews</th>
                <th scope="col">Supports</th>
                <th scope="col">Hinders</th>
                <th scope="col">By year</th>
                <th scope="col">
                  <span className="visually-hidden">Findings</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.taxonomyId}/${row.termId}`}>
                  <th scope="row">{row.label}</th>
                  <td>{row.taxonomyTitle}</td>
                  <td>{row.findings}</td>
                  <td>{row.reviews}</td>
                  <td>{row.supports}</td>
                  <td>{row.hinders}</td>
                  <td>{row.byYear.map((y) => `${y.year ?? 'no year'}: ${y.findings}`).join(', ')}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setOpen(row)}
                      aria-label={`Show the findings tagged ${row.label}`}
                    >
                      Show findings
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ChartFigure>
      )}
      {open === null ? null : (
        <ThemeFindings
          theme={open}
          args={{
            roots,
            filter,
            taxonomyId: open.taxonomyId,
            termId: open.termId,
            ...(direction === '' ? {} : { direction }),
            ...(target === '' ? {} : { crosswalk: { targetTaxonomyId: target } }),
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}
