import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on what it renders; styled in RichTextEditor.css. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'rt-paragraph',
  quote: 'rt-quote',
  heading: { h1: 'rt-h1', h2: 'rt-h2', h3: 'rt-h3' },
  list: { ul: 'rt-ul', ol: 'rt-ol', listitem: 'rt-li', nested: { listitem: 'rt-nested' } },
  link: 'rt-link',
  text: {
    bold: 'rt-bold',
    italic: 'rt-italic',
    underline: 'rt-underline',
    strikethrough: 'rt-strike',
    code: 'rt-code',
  },
  table: 'rt-table',
  tableCell: 'rt-td',
  tableCellHeader: 'rt-th',
};
