import { XMLParser } from 'fast-xml-parser';

/**
 * A small ordered XML tree. Word comments depend on document order (a range starts, text runs,
 * the range ends), which the default fast-xml-parser object form loses; `preserveOrder` keeps it,
 * and this converts its array-of-objects shape into something readable.
 * Namespace prefixes are dropped (`w:t` → `t`, `w15:paraId` → `paraId`): the parts we read use
 * each local name for one thing only.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | { readonly text: string };

export function isElement(node: XmlNode): node is XmlElement {
  return 'name' in node;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
});

type RawOrdered = Record<string, unknown>;

function convert(raw: readonly RawOrdered[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const item of raw) {
    const attrsRaw = item[':@'];
    for (const [key, value] of Object.entries(item)) {
      if (key === ':@') continue;
      if (key === '#text') {
        out.push({ text: String(value) });
        continue;
      }
      if (key.startsWith('?')) continue;
      const attrs: Record<string, string> = {};
      if (typeof attrsRaw === 'object' && attrsRaw !== null) {
        for (const [name, attrValue] of Object.entries(attrsRaw)) attrs[name] = String(attrValue);
      }
      out.push({ name: key, attrs, children: Array.isArray(value) ? convert(value as RawOrdered[]) : [] });
    }
  }
  return out;
}

export function parseXml(xml: string): readonly XmlNode[] {
  return convert(parser.parse(xml) as RawOrdered[]);
}

/** Every element with this local name, in document order (depth first). */
export function findAll(nodes: readonly XmlNode[], name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (list: readonly XmlNode[]): void => {
    for (const node of list) {
      if (!isElement(node)) continue;
      if (node.name === name) found.push(node);
      visit(node.children);
    }
  };
  visit(nodes);
  return found;
}

/**
 * The visible text of a run-bearing element: w:t text, tabs and breaks. Deleted text (w:delText)
 * and field instructions (w:instrText) are not shown by Word, so they are not read either.
 */
export function visibleText(nodes: readonly XmlNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (node.name === 't') text += node.children.map((c) => ('text' in c ? c.text : '')).join('');
    else if (node.name === 'tab') text += '\t';
    else if (node.name === 'br' || node.name === 'cr') text += '\n';
    else text += visibleText(node.children);
  }
  return text;
}
