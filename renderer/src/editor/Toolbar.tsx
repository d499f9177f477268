import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  $isListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  FORMAT_TEXT_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useEffect, useState, type KeyboardEvent } from 'react';

type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

const BLOCK_LABELS: Readonly<Record<BlockType, string>> = {
  paragraph: 'Paragraph',
  h2: 'Heading',
  h3: 'Subheading',
  quote: 'Quote',
  bullet: 'Bulleted list',
  number: 'Numbered list',
};

const FORMATS: readonly { format: TextFormatType; label: string; shortcut: string }[] = [
  { format: 'bold', label: 'Bold', shortcut: 'Control+B' },
  { format: 'italic', label: 'Italic', shortcut: 'Control+I' },
  { format: 'underline', label: 'Underline', shortcut: 'Control+U' },
];

/**
 * Formatting controls as one toolbar: a single tab stop, arrow keys move between controls
 * (the ARIA toolbar pattern), and each toggle reports whether it is on.
 */
export function Toolbar({ editorLabel }: { editorLabel: string }) {
  const [editor] = useLexicalComposerContext();
  const [active, setActive] = useState<ReadonlySet<TextFormatType>>(new Set());
  const [block, setBlock] = useState<BlockType>('paragraph');

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return;
          setActive(new Set(FORMATS.map((item) => item.format).filter((format) => selection.hasFormat(format))));
          const top = selection.anchor.getNode().getTopLevelElement();
          if ($isHeadingNode(top)) setBlock(top.getTag() === 'h3' ? 'h3' : 'h2');
          else if ($isQuoteNode(top)) setBlock('quote');
          else if ($isListNode(top)) setBlock(top.getListType() === 'number' ? 'number' : 'bullet');
          else setBlock('paragraph');
        });
      }),
    [editor],
  );

  const setBlockType = (type: BlockType): void => {
    if (type === 'bullet') {
      editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
      return;
    }
    if (type === 'number') {
      editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
      return;
    }
    if (block === 'bullet' || block === 'number') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      $setBlocksType(selection, () =>
        type === 'h2'
          ? $createHeadingNode('h2')
          : type === 'h3'
            ? $createHeadingNode('h3')
            : type === 'quote'
              ? $createQuoteNode()
              : $createParagraphNode(),
      );
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('button, select')];
    const index = controls.indexOf(document.activeElement as HTMLElement);
    if (index === -1) return;
    event.preventDefault();
    const next = controls[(index + (event.key === 'ArrowRight' ? 1 : controls.length - 1)) % controls.length];
    next?.focus();
  };

  return (
    <div
      className="rich-text-toolbar"
      role="toolbar"
      aria-label={`Formatting for ${editorLabel}`}
      onKeyDown={onKeyDown}
    >
      {FORMATS.map((item, index) => (
        <button
          key={item.format}
          type="button"
          tabIndex={index === 0 ? 0 : -1}
          aria-pressed={active.has(item.format)}
          aria-keyshortcuts={item.shortcut}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, item.format)}
        >
          {item.label}
        </button>
      ))}
      <select
        tabIndex={-1}
        aria-label="Block style"
        value={block}
        onChange={(event) => setBlockType(event.target.value as BlockType)}
      >
        {(Object.keys(BLOCK_LABELS) as BlockType[]).map((type) => (
          <option key={type} value={type}>
            {BLOCK_LABELS[type]}
          </option>
        ))}
      </select>
    </div>
  );
}
