/**
 * The glossary lists the abbreviations the report actually uses, with the reviewer's definition
 * where one is stored in the review and the built-in one otherwise. Pseudonyms (RM, GP1 …) look
 * like acronyms but are explained in the family table, so they are left out.
 */
import type { GlossaryEntry } from '../../shared/domain/report';
import { assertNever, type InlineRun, type ReportBlock } from './model';

const ACRONYM = /\b[A-Z][A-Z0-9]{1,9}s?\b/g;

function runsText(runs: readonly InlineRun[], out: string[]): void {
  for (const run of runs) {
    switch (run.kind) {
      case 'text':
        out.push(run.text);
        break;
      case 'link':
        runsText(run.runs, out);
        break;
      case 'ref':
      case 'break':
      case 'tab':
        out.push(' ');
        break;
      default:
        assertNever(run);
    }
  }
}

/** Every piece of text in the blocks, for the glossary scan (and tests). */
export function blocksText(blocks: readonly ReportBlock[]): string[] {
  const out: string[] = [];
  const listText = (
    items: readonly { runs: readonly InlineRun[]; children?: { items: readonly { runs: readonly InlineRun[] }[] } }[],
  ): void => {
    for (const item of items) {
      runsText(item.runs, out);
      if (item.children !== undefined) listText(item.children.items);
    }
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        runsText(block.runs, out);
        break;
      case 'heading':
        out.push(block.text);
        break;
      case 'list':
        listText(block.items);
        break;
      case 'table':
        out.push(...block.header);
        for (const row of block.rows) for (const cell of row) runsText(cell.runs, out);
        break;
      case 'chronology':
        for (const row of block.rows) out.push(row.agency, row.event, row.outcome, row.significance);
        break;
      case 'figure':
        out.push(block.caption, block.altText);
        break;
      case 'grid':
        for (const cell of block.cells) {
          out.push(cell.title);
          for (const runs of [...cell.paragraphs, ...(cell.bullets ?? [])]) runsText(runs, out);
        }
        break;
      // A draft note is never published: its words are the app's, not the report's.
      case 'glossary':
      case 'page-break':
      case 'draft-note':
        break;
      default:
        assertNever(block);
    }
  }
  return out;
}

/** Upper-case tokens used in the text with their counts (plural "GPs" counts as "GP"). */
export function countAcronyms(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const match of text.matchAll(ACRONYM)) {
      let term = match[0];
      if (term.endsWith('s')) term = term.slice(0, -1);
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  return counts;
}

export interface GlossaryInput {
  readonly builtIn: ReadonlyMap<string, string>;
  readonly overrides: ReadonlyMap<string, string>;
  readonly pseudonyms: ReadonlySet<string>;
  /**
   * Upper-case words of registered names, aliases and identifiers ("PIKE", "AV1"): they look like
   * acronyms in records written in capitals but are names, so they are never suggested.
   */
  readonly registeredWords?: ReadonlySet<string>;
}

/** The upper-cased words of names and identifiers, for `GlossaryInput.registeredWords`. */
export function registeredWordsOf(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.toUpperCase().match(/[A-Z0-9]+/g) ?? []) words.add(word);
  return words;
}

/**
 * Entries for the acronyms used. Terms without any definition are returned with an empty
 * definition so the glossary editor can ask for one; the report leaves them out.
 */
export function glossaryEntries(texts: readonly string[], input: GlossaryInput): GlossaryEntry[] {
  const counts = countAcronyms(texts);
  const entries: GlossaryEntry[] = [];
  for (const [term, uses] of counts) {
    if (input.pseudonyms.has(term)) continue;
    const own = input.overrides.get(term);
    // A name or identifier is not an acronym, unless the reviewer defined it as one.
    if (own === undefined && input.registeredWords?.has(term) === true) continue;
    const builtIn = input.builtIn.get(term);
    if (own === undefined && builtIn === undefined && !/^[A-Z]{2,6}$/.test(term)) continue;
    entries.push({ term, definition: own ?? builtIn ?? '', origin: own !== undefined ? 'review' : 'default', uses });
  }
  return entries.sort((a, b) => a.term.localeCompare(b.term));
}
