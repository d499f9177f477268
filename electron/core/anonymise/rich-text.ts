/**
 * Renders stored rich text for output. Mention nodes (`type: 'mention'`, holding a person id)
 * become plain text nodes: the real name in draft mode, the pseudonym in publication mode.
 * In publication mode every run of text is then anonymised as one string, so a name split
 * across formatting ("Kerry **Ashdown**") is still caught. Exporters call this first and then
 * only ever see ordinary text nodes.
 */
import {
  hasChildren,
  type RichText,
  type SerializedElementLike,
  type SerializedNodeBase,
  type SerializedTextLike,
} from '../../shared/lexical/types';
import { anonymisePieces, type AnonymiseOptions } from './anonymise-text';
import type { Matcher } from './matcher';
import { AMBIGUOUS_NAME, type AnonymisationRegister } from './register';

export type OutputMode = 'draft' | 'publication';

export const MENTION_NODE_TYPE = 'mention';

export interface SerializedMentionLike extends SerializedNodeBase {
  readonly type: 'mention';
  readonly personId: number;
  readonly text: string;
}

export function isMentionNode(node: SerializedNodeBase): node is SerializedMentionLike {
  return node.type === MENTION_NODE_TYPE && typeof node.personId === 'number';
}

export interface RenderContext {
  readonly register: AnonymisationRegister;
  readonly matcher: Matcher;
  readonly options?: AnonymiseOptions;
}

/** The text a mention shows in each mode; a deleted person never falls back to a real name. */
export function mentionText(node: SerializedMentionLike, mode: OutputMode, register: AnonymisationRegister): string {
  const person = register.people.find((p) => p.id === node.personId);
  if (mode === 'draft') return person?.realName ?? node.text;
  return person?.pseudonym ?? AMBIGUOUS_NAME;
}

export function renderRichText(richText: RichText, mode: OutputMode, ctx: RenderContext): RichText {
  const root = renderElement(richText.editorState.root, mode, ctx);
  return { lexicalVersion: richText.lexicalVersion, editorState: { ...richText.editorState, root } };
}

function mentionToText(node: SerializedMentionLike, mode: OutputMode, ctx: RenderContext): SerializedTextLike {
  const { personId: _personId, ...rest } = node;
  return {
    ...rest,
    type: 'text',
    mode: 'normal',
    text: mentionText(node, mode, ctx.register),
    format: typeof node.format === 'number' ? node.format : 0,
  };
}

function renderElement(element: SerializedElementLike, mode: OutputMode, ctx: RenderContext): SerializedElementLike {
  const converted: SerializedNodeBase[] = element.children.map((child) => {
    if (isMentionNode(child)) return mentionToText(child, mode, ctx);
    if (hasChildren(child)) return renderElement(child, mode, ctx);
    return child;
  });
  const children = mode === 'publication' ? anonymiseTextRuns(converted, ctx) : converted;
  return { ...element, children };
}

/** Anonymises each run of adjacent text nodes as one string; drops nodes left empty. */
function anonymiseTextRuns(children: readonly SerializedNodeBase[], ctx: RenderContext): SerializedNodeBase[] {
  const out: SerializedNodeBase[] = [];
  let run: SerializedTextLike[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const texts = anonymisePieces(
      run.map((n) => n.text),
      ctx.matcher,
      ctx.options,
    );
    run.forEach((node, i) => {
      if (texts[i] !== '') out.push({ ...node, text: texts[i]! });
    });
    run = [];
  };
  for (const child of children) {
    if (child.type === 'text' && typeof child.text === 'string') {
      run.push(child as SerializedTextLike);
    } else {
      flush();
      out.push(child);
    }
  }
  flush();
  return out;
}
