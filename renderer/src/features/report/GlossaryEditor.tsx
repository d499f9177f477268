import { useId, useState } from 'react';
import type { GlossaryEntry } from '@shared/domain/report';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Button } from '@renderer/ui/Button';
import { ColumnHeads } from '@renderer/ui/ColumnHeads';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { TextInput } from '@renderer/ui/TextInput';

function GlossaryRow({ entry }: { entry: GlossaryEntry }) {
  const id = useId();
  const { command, announce, action } = useReviewChange();
  const [definition, setDefinition] = useState(entry.definition);
  const changed = definition.trim() !== entry.definition;

  const save = async (): Promise<void> => {
    const done = await action.run(() => command('report.updateGlossaryDefinition', { term: entry.term, definition }));
    if (done !== undefined)
      announce(definition.trim() === '' ? `${entry.term}: your definition removed` : `${entry.term} defined`);
  };

  return (
    <tr>
      <th scope="row">{entry.term}</th>
      <td>{entry.uses}</td>
      <td>
        <label htmlFor={`${id}-def`} className="visually-hidden">
          Definition of {entry.term}
        </label>
        <TextInput id={`${id}-def`} value={definition} onChange={setDefinition} aria-describedby={`${id}-origin`} />
        <span id={`${id}-origin`} className="hint">
          {entry.definition === ''
            ? 'Not defined: left out of the glossary'
            : entry.origin === 'review'
              ? 'Your definition'
              : 'Standard definition'}
        </span>
        <ErrorMessage error={action.error} title="Not saved" />
      </td>
      <td>
        <Button onClick={() => void save()} busy={action.busy} disabled={!changed}>
          Save<span className="visually-hidden"> definition of {entry.term}</span>
        </Button>
      </td>
    </tr>
  );
}

/** The abbreviations the report text uses, with editable definitions stored in the review. */
export function GlossaryEditor() {
  const id = useId();
  const glossary = useReviewQuery('report.listGlossary', {});
  return (
    <section className="glossary-editor" id="report-glossary" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Glossary</h2>
      <ErrorMessage error={glossary.error} />
      {glossary.data === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : glossary.data.length === 0 ? (
        <p>The report text uses no abbreviations yet.</p>
      ) : (
        <table>
          <caption>Abbreviations used in the report</caption>
          <ColumnHeads names={['Abbreviation', 'Uses', 'Definition']} hiddenLast="Actions" />
          <tbody>
            {glossary.data.map((entry) => (
              <GlossaryRow key={`${entry.term}|${entry.definition}`} entry={entry} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
