import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import { LEXICAL_VERSION, richTextFromParagraphs, type RichText } from '@shared/lexical/types';

const SAVE_DELAY_MS = 600;

/**
 * JSON with object keys sorted, so a value that comes back from storage with its keys in another
 * order (schema validation rebuilds objects) is recognised as the one this editor just saved.
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : item,
  );
}
const EMPTY_DOCUMENT = JSON.stringify(richTextFromParagraphs(['']).editorState);

/**
 * Keeps the editor and the stored value in step: typing is saved after a short pause (and on
 * blur/unmount, so nothing typed is lost), and a value that changes from outside — undo of a saved
 * change, another window — replaces the editor's content.
 */
export function ValueSyncPlugin({ value, onChange }: { value: RichText | null; onChange: (value: RichText) => void }) {
  const [editor] = useLexicalComposerContext();
  const lastJson = useRef(value === null ? null : canonicalJson(value.editorState));
  const pending = useRef<number | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const flush = (): void => {
    if (pending.current === null) return;
    window.clearTimeout(pending.current);
    pending.current = null;
    const editorState = editor.getEditorState().toJSON();
    const json = canonicalJson(editorState);
    if (json === lastJson.current) return;
    lastJson.current = json;
    onChangeRef.current({
      lexicalVersion: LEXICAL_VERSION,
      editorState: editorState as unknown as RichText['editorState'],
    });
  };

  useEffect(() => {
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (tags.has('external-value') || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
      if (pending.current !== null) window.clearTimeout(pending.current);
      pending.current = window.setTimeout(flush, SAVE_DELAY_MS);
    });
    const root = editor.getRootElement();
    const onBlur = (): void => flush();
    root?.addEventListener('focusout', onBlur);
    return () => {
      unregister();
      root?.removeEventListener('focusout', onBlur);
      flush();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  useEffect(() => {
    const incoming = value === null ? null : canonicalJson(value.editorState);
    if (incoming === lastJson.current || pending.current !== null) return;
    lastJson.current = incoming;
    // An emptied value (e.g. undo back to nothing) shows an empty paragraph.
    editor.setEditorState(
      editor.parseEditorState(value === null ? EMPTY_DOCUMENT : JSON.stringify(value.editorState)),
      {
        tag: 'external-value',
      },
    );
  }, [editor, value]);

  return null;
}
