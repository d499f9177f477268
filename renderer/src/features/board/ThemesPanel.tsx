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
import { EnumSelect, type EnumOption } from '@renderer/ui/EnumSelect';
import { ColumnHeads } from '@renderer/ui/ColumnHeads';

const onScreen = { format: String, suppress: false } as const;

const directionOptions: readonly EnumOption<TagDirection | ''>[] = [
  { value: '', label: 'Either direction' },
  { value: 'supports', label: 'Supports good practice' },
  { value: 'hinders', label: 'Hinders (unsafe conditions)' },
];

/** A choice of framework: the blank option first (every framework, or as tagged), then each by its title. */
function frameworkOptions(
  blankLabel: string,
  frameworks: readonly { readonly id: string; readonly title: string }[],
): EnumOption<string>[] {
  return [
    { value: '', label: blankLabel },
    ...frameworks.map((framework) => ({ value: framework.id, label: framework.title })),
  ];
}

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
        <EnumSelect
          id={`${id}-taxonomy`}
          label="Framework"
          value={taxonomyId}
          options={frameworkOptions('All frameworks', library.taxonomies)}
          onChange={setTaxonomyId}
        />
        <EnumSelect<TagDirection | ''>
          id={`${id}-direction`}
          label="Direction"
          value={direction}
          options={directionOptions}
          onChange={setDirection}
        />
        {library.crosswalkFrameworks.length === 0 ? null : (
          <EnumSelect
            id={`${id}-target`}
            label="Count in framework (through crosswalks)"
            value={target}
            options={frameworkOptions('As tagged', library.crosswalkFrameworks)}
            onChange={setTarget}
          />
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
            <ColumnHeads
              names={['Theme', 'Framework', 'Findings', 'Reviews', 'Supports', 'Hinders', 'By year']}
              hiddenLast="Findings"
            />
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
