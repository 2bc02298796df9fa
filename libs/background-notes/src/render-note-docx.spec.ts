import { strFromU8, unzipSync } from 'fflate';
import type { NoteSection } from '@convene/synthesis';
import { renderNoteDocx } from './render-note-docx';

const meta = { roundTitle: 'Round 2', version: 3, generatedAt: new Date('2025-03-04T10:20:30Z') };

function note(sections: NoteSection[], wordCount = 42) {
  return { title: 'Background note: Round 2', sections, wordCount };
}

function paragraph(
  text: string,
  sourceIds: string[] = ['c1'],
  kind: NoteSection['paragraphs'][number]['kind'] = 'overview',
) {
  return { text, sourceIds, kind, quotes: [] };
}

function parts(buffer: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(buffer));
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (_, dec, hex, name) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : ENTITIES[name],
  );
}

/** Each `<w:p>` of the body: its style (if any) and its runs' text, unescaped. */
function paragraphs(documentXml: string): { style?: string; italic: boolean; text: string }[] {
  return [...documentXml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map(([, inner]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1],
    italic: inner.includes('<w:i/>'),
    text: [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map(([, t]) => unescapeXml(t))
      .join(''),
  }));
}

/** Well-formed enough for Word: only XML 1.0 characters, tags nest, `&` only starts a reference. */
function checkWellFormed(xml: string): void {
  for (const char of xml) {
    const code = char.codePointAt(0) ?? 0;
    const ok =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    if (!ok) throw new Error(`illegal character U+${code.toString(16).padStart(4, '0')}`);
  }
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  for (const [, text, tag] of body.matchAll(/([^<]*)(<[^>]*>|$)/g)) {
    if (/&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) throw new Error('bare &');
    if (text.includes('>')) throw new Error('bare > in text');
    if (!tag) continue;
    const close = /^<\/([\w:.-]+)>$/.exec(tag);
    const open = /^<([\w:.-]+)(\s+[\w:.-]+="[^"<]*")*\s*(\/?)>$/.exec(tag);
    if (close) {
      if (stack.pop() !== close[1]) throw new Error(`mismatched </${close[1]}>`);
    } else if (open) {
      if (open[3] !== '/') stack.push(open[1]);
    } else {
      throw new Error(`malformed tag ${tag}`);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
}

describe('renderNoteDocx', () => {
  it('is a Word package whose body has the title, subtitle, headings, paragraphs and the annex, and no ids', async () => {
    const buffer = await renderNoteDocx(
      note([
        {
          heading: 'Objective 1: Data',
          objectiveNumber: 1,
          paragraphs: [
            paragraph('First paragraph [C1].', ['id-1', 'id-2']),
            paragraph('No sources.', []),
          ],
        },
        { heading: 'Other matters', paragraphs: [paragraph('Second paragraph.', ['id-3'])] },
        {
          heading: 'Annex',
          paragraphs: [paragraph('C1: Civil society, French.', ['id-1'], 'annex')],
        },
      ]),
      meta,
    );

    expect(buffer.subarray(0, 4).toString('binary')).toBe('PK\x03\x04');
    const files = parts(buffer);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml']),
    );
    expect(files['[Content_Types].xml']).toContain('PartName="/word/document.xml"');
    for (const [path, xml] of Object.entries(files)) {
      if (path.endsWith('.xml') || path.endsWith('.rels'))
        expect(() => checkWellFormed(xml)).not.toThrow();
    }

    expect(paragraphs(files['word/document.xml'])).toEqual([
      { style: 'Title', italic: false, text: 'Background note: Round 2' },
      {
        style: undefined,
        italic: true,
        text: 'Draft version 3, generated 2025-03-04, 42 words',
      },
      { style: 'Heading1', italic: false, text: 'Objective 1: Data' },
      { style: undefined, italic: false, text: 'First paragraph [C1].' },
      { style: undefined, italic: false, text: 'No sources.' },
      { style: 'Heading1', italic: false, text: 'Other matters' },
      { style: undefined, italic: false, text: 'Second paragraph.' },
      { style: 'Heading1', italic: false, text: 'Annex' },
      { style: 'ListParagraph', italic: false, text: 'C1: Civil society, French.' },
    ]);
    expect(files['word/document.xml']).toContain('<w:numPr>');
    expect(files['word/document.xml']).not.toContain('id-1');
  });

  it('writes the core properties with the generation time, not the clock', async () => {
    const core = parts(await renderNoteDocx(note([]), meta))['docProps/core.xml'];
    expect(core).toContain('<dc:title>Background note: Round 2</dc:title>');
    expect(core).toContain('<dc:creator>Convene</dc:creator>');
    expect(core).toContain('<dc:subject>Round 2</dc:subject>');
    expect(core).toContain(
      '<dc:description>Background note for the round &#34;Round 2&#34;, draft version 3</dc:description>',
    );
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-04T10:20:30Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-04T10:20:30Z</dcterms:modified>',
    );
  });

  it('puts XML and Markdown specials in as text, never as markup', async () => {
    const hostile = `<script>alert("x")</script> & 'quoted' **bold** _em_ # [link](http://x) <w:t>`;
    const buffer = await renderNoteDocx(
      note([{ heading: `<b>${hostile}</b>`, paragraphs: [paragraph(hostile, ['<id&1>'])] }]),
      { ...meta, roundTitle: `</dc:subject>${hostile}` },
    );
    const files = parts(buffer);
    const xml = files['word/document.xml'];
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    checkWellFormed(xml);
    checkWellFormed(files['docProps/core.xml']);
    expect(files['docProps/core.xml']).not.toContain('<script>');

    const texts = paragraphs(xml).map((p) => p.text);
    expect(texts).toContain(`<b>${hostile}</b>`);
    expect(texts).toContain(hostile);
  });

  it('drops characters XML cannot hold, so the file still parses', async () => {
    const dirty = 'a\u0000b\u0007c\u001Fd\uFFFEe\uD800f \u{1F600} tab\there\r\nnew line';
    const buffer = await renderNoteDocx(
      {
        title: `T\u0000itle\u000B`,
        wordCount: 1,
        sections: [{ heading: 'H\u0001', paragraphs: [paragraph(dirty, ['c\u00001'])] }],
      },
      { ...meta, roundTitle: 'R\u0000' },
    );
    const files = parts(buffer);
    for (const path of ['word/document.xml', 'docProps/core.xml']) {
      const controls = [...files[path]].filter((c) => c < ' ' && !'\t\n\r'.includes(c));
      expect(controls).toEqual([]);
      checkWellFormed(files[path]);
    }
    expect(paragraphs(files['word/document.xml']).map((p) => p.text)).toEqual([
      'Title',
      'Draft version 3, generated 2025-03-04, 1 word',
      'H',
      'abcdef \u{1F600} tab here new line',
    ]);
    expect(files['docProps/core.xml']).toContain('<dc:subject>R</dc:subject>');
  });

  it('gives the same bytes for the same note and meta, whatever the clock says', async () => {
    const input = note([{ heading: 'H', paragraphs: [paragraph('P.', ['c1', 'c2'])] }]);
    jest.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
    try {
      const first = await renderNoteDocx(input, meta);
      jest.setSystemTime(new Date('2031-06-07T08:09:11Z'));
      const second = await renderNoteDocx(input, meta);
      expect(second.equals(first)).toBe(true);
      // The first local header's MS-DOS date: 2025-03-04, from meta rather than the clock.
      expect(first.readUInt16LE(12)).toBe(((2025 - 1980) << 9) | (3 << 5) | 4);

      const later = await renderNoteDocx(input, {
        ...meta,
        generatedAt: new Date('2025-03-05T00:00:00Z'),
      });
      expect(later.equals(first)).toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });
});
