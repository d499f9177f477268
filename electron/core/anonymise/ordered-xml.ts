/**
 * A small typed view over fast-xml-parser's `preserveOrder` output, which keeps document order
 * (a Word paragraph's runs must be read in order) at the price of an awkward shape:
 * `[{ 'w:p': [...children], ':@': { '@_w:val': '…' } }, { '#text': '…' }]`.
 */
import { XMLParser } from 'fast-xml-parser';

export type XmlNode = Readonly<Record<string, unknown>>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Keep every character of w:t: leading spaces and digits matter ("14/06/2019" must stay text).
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

export function parseOrderedXml(xml: string): XmlNode[] {
  const parsed: unknown = parser.parse(xml);
  return Array.isArray(parsed) ? (parsed as XmlNode[]) : [];
}

export function tagOf(node: XmlNode): string | null {
  for (const key of Object.keys(node)) if (key !== ':@' && key !== '#text') return key;
  return null;
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  if (tag === null) return [];
  const value = node[tag];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attr(node: XmlNode, name: string): string | undefined {
  const attrs = node[':@'];
  if (attrs === null || typeof attrs !== 'object') return undefined;
  const value = (attrs as Record<string, unknown>)[`@_${name}`];
  return value === undefined ? undefined : String(value);
}

export function textOf(node: XmlNode): string | undefined {
  const value = node['#text'];
  return value === undefined ? undefined : String(value);
}

/** Depth-first search for descendants with the given tag (not descending into matches). */
export function findAll(nodes: readonly XmlNode[], tag: string): XmlNode[] {
  const found: XmlNode[] = [];
  const visit = (list: readonly XmlNode[]): void => {
    for (const node of list) {
      if (tagOf(node) === tag) found.push(node);
      else visit(childrenOf(node));
    }
  };
  visit(nodes);
  return found;
}

/** All text content below the nodes, concatenated. */
export function plainText(nodes: readonly XmlNode[]): string {
  let out = '';
  const visit = (list: readonly XmlNode[]): void => {
    for (const node of list) {
      const text = textOf(node);
      if (text !== undefined) out += text;
      else visit(childrenOf(node));
    }
  };
  visit(nodes);
  return out;
}
