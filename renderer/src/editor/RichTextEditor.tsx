import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { useId, useMemo } from 'react';
import type { RichText } from '@shared/lexical/types';
import { editorNodes } from './nodes';
import { extraEditorPlugins } from './plugins';
import { editorTheme } from './theme';
import { Toolbar } from './Toolbar';
import { ValueSyncPlugin } from './ValueSyncPlugin';
import './RichTextEditor.css';

export interface RichTextEditorProps {
  readonly value: RichText | null;
  /** Called (debounced) with the document after the reviewer stops typing. */
  readonly onChange: (value: RichText) => void;
  /** The visible label; also the editor's accessible name. */
  readonly label: string;
  readonly description?: string;
  readonly namespace?: string;
}

/** The rich-text editor used for terms of reference, findings and every long text. */
export function RichTextEditor({ value, onChange, label, description, namespace = 'casewright' }: RichTextEditorProps) {
  const labelId = useId();
  const descriptionId = useId();
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace,
      theme: editorTheme,
      nodes: [...editorNodes],
      editorState: value === null ? undefined : JSON.stringify(value.editorState),
      onError(error: Error) {
        // A broken node must not lose the document: report it, keep the editor running.
        console.error('Rich text editor error', error.name);
      },
    }),
    // Only the first value seeds the editor; later values arrive through ValueSyncPlugin.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [namespace],
  );

  return (
    <div className="rich-text">
      <div className="rich-text-label" id={labelId}>
        {label}
      </div>
      {description === undefined ? null : (
        <p className="hint" id={descriptionId}>
          {description}
        </p>
      )}
      <LexicalComposer initialConfig={initialConfig}>
        <Toolbar editorLabel={label} />
        <div className="rich-text-body">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="rich-text-input"
                aria-labelledby={labelId}
                aria-describedby={description === undefined ? undefined : descriptionId}
                aria-multiline
                role="textbox"
                spellCheck
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin />
        <TablePlugin />
        <ValueSyncPlugin value={value} onChange={onChange} />
        {extraEditorPlugins.map((Plugin, index) => (
          <Plugin key={index} />
        ))}
      </LexicalComposer>
    </div>
  );
}
