import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { BackgroundNote } from '@convene/synthesis';

export interface NoteDocxMeta {
  roundTitle: string;
  version: number;
  generatedAt: Date;
}

const CREATOR = 'Convene';

/** The XML 1.0 `Char` production: anything else makes the part, and so the file, unreadable. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * Text safe for a run: characters XML can't hold removed (lone surrogates included, which the
 * string iterator yields on their own) and whitespace collapsed to one line, as in the Markdown.
 */
function plainText(text: string): string {
  let kept = '';
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) kept += char;
  return kept.replace(/\s+/g, ' ').trim();
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** W3CDTF to the second: Word shows no finer, and docx's milliseconds add nothing. */
function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * docx has no option for the core properties' created and modified times (it always writes the
 * clock's), so the part is written here and handed to the packer as an override.
 */
function corePropertiesXml(props: {
  title: string;
  subject: string;
  description: string;
  revision: number;
  at: Date;
}): string {
  const text = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  const time = (name: string) => `<${name} xsi:type="dcterms:W3CDTF">${w3cdtf(props.at)}</${name}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties',
    ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/"',
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    text('dc:title', props.title),
    text('dc:subject', props.subject),
    text('dc:creator', CREATOR),
    text('dc:description', props.description),
    text('cp:lastModifiedBy', CREATOR),
    text('cp:revision', String(props.revision)),
    time('dcterms:created'),
    time('dcterms:modified'),
    '</cp:coreProperties>',
  ].join('');
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/**
 * The zip's entries all stamped with `at` (MS-DOS time, UTC, 2 s steps), in place. docx's zipper
 * stamps them with the clock and takes no option; the stamps sit in the headers, outside the
 * CRCs, so rewriting them leaves the archive valid and makes the bytes a function of the input.
 */
function stampZipEntries(zip: Buffer, at: Date): void {
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107);
  const dosDate = ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  const dosTime = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1);

  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end -= 1;
  if (end < 0) throw new Error('docx produced no zip end-of-central-directory record');
  const entries = zip.readUInt16LE(end + 10);
  let entry = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i += 1) {
    if (zip.readUInt32LE(entry) !== CENTRAL_HEADER) throw new Error('unexpected zip layout');
    zip.writeUInt16LE(dosTime, entry + 12);
    zip.writeUInt16LE(dosDate, entry + 14);
    const local = zip.readUInt32LE(entry + 42);
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error('unexpected zip layout');
    zip.writeUInt16LE(dosTime, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    const variable =
      zip.readUInt16LE(entry + 28) + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
    entry += 46 + variable;
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/**
 * The note as a Word document: the title, a line giving the draft version, date and length, each
 * section under a Heading 1, its paragraphs citing contributions by label as in the Markdown, and
 * the annex as a bulleted list of what each label stands for.
 * Every piece of note text goes into a text run, so nothing in it is read as markup. The same
 * note and meta give the same bytes.
 */
export async function renderNoteDocx(
  note: Pick<BackgroundNote, 'title' | 'sections' | 'wordCount'>,
  meta: NoteDocxMeta,
): Promise<Buffer> {
  const title = plainText(note.title);
  const generatedOn = meta.generatedAt.toISOString().slice(0, 10);
  const subtitle = `Draft version ${meta.version}, generated ${generatedOn}, ${plural(note.wordCount, 'word', 'words')}`;

  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    new Paragraph({ children: [new TextRun({ text: subtitle, italics: true })] }),
  ];
  for (const section of note.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(plainText(section.heading))],
      }),
    );
    for (const paragraph of section.paragraphs) {
      children.push(
        new Paragraph({
          children: [new TextRun(plainText(paragraph.text))],
          ...(paragraph.kind === 'annex' ? { bullet: { level: 0 } } : {}),
        }),
      );
    }
  }

  const roundTitle = plainText(meta.roundTitle);
  const description = `Background note for the round "${roundTitle}", draft version ${meta.version}`;
  // The core properties (title, creator, ...) come from the override below, not from here.
  const doc = new Document({ sections: [{ children }] });
  const core = corePropertiesXml({
    title,
    subject: roundTitle,
    description,
    revision: meta.version,
    at: meta.generatedAt,
  });
  const zip = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: core }]);
  stampZipEntries(zip, meta.generatedAt);
  return zip;
}
