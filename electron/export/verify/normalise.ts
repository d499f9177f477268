/**
 * A normalised outline of document.xml for golden-file tests: one line per element with its
 * meaningful attributes and text, indented by depth. Ids that the docx library draws at random
 * or from process-wide counters (hyperlink relationship ids, _Toc anchors, watermark shape ids,
 * drawing ids) are replaced by stable placeholders so only real changes show in a diff.
 */
const KEPT_ATTRIBUTES = [
  'w:val',
  'w:name',
  'w:instr',
  'w:fldCharType',
  'w:type',
  'w:ilvl',
  'w:numId',
  'descr',
  'w:w',
  'w:fill',
];

export function normaliseIds(xml: string): string {
  const seen = new Map<string, string>();
  const stable =
    (prefix: string) =>
    (id: string): string => {
      const key = `${prefix}:${id}`;
      if (!seen.has(key))
        seen.set(key, `${prefix}${[...seen.keys()].filter((k) => k.startsWith(`${prefix}:`)).length + 1}`);
      return seen.get(key) ?? id;
    };
  return xml
    .replace(/rId[A-Za-z0-9_-]{8,}/g, stable('rId-'))
    .replace(/_Toc\d+/g, stable('_Toc-'))
    .replace(/PowerPlusWaterMarkObject[A-Za-z0-9_-]+/g, stable('WM-'))
    .replace(/(<wp:docPr id=")\d+/g, '$1#')
    .replace(/(<pic:cNvPr id=")\d+/g, '$1#');
}

export function outlineDocumentXml(xml: string): string {
  const lines: string[] = [];
  let depth = 0;
  const normalised = normaliseIds(xml);
  for (const match of normalised.matchAll(/<(\/?)([A-Za-z0-9:]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, closing, tag, attrs, selfClosing, text] = match;
    if (text !== undefined) {
      if (text.trim() !== '' && depth > 0) lines.push(`${'  '.repeat(depth)}"${text}"`);
      continue;
    }
    if (tag === undefined || tag.startsWith('?')) continue;
    if (closing === '/') {
      depth--;
      continue;
    }
    const kept = KEPT_ATTRIBUTES.map((name) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs ?? '')).flatMap((m, i) =>
      m === null ? [] : [`${KEPT_ATTRIBUTES[i]}=${m[1]}`],
    );
    if (tag !== 'w:document') lines.push(`${'  '.repeat(depth)}${tag}${kept.length > 0 ? ` ${kept.join(' ')}` : ''}`);
    if (selfClosing !== '/') depth++;
  }
  return lines.join('\n') + '\n';
}
