import type { BackgroundNote } from './draft-note';

/** Ids listed under a paragraph before "and N more". */
const MAX_LISTED_SOURCES = 12;

/**
 * Markdown-safe text: whitespace collapsed to one line (no block structure can start), every
 * character with inline meaning backslash-escaped (* _ ` [ ] < > # | ~ \ ! and &), and a
 * leading list or heading marker neutralised.
 */
export function escapeMarkdown(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const escaped = line.replace(/[\\`*_[\]<>#|~!&{}]/g, (c) => `\\${c}`);
  return escaped.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2').replace(/^([-+=])(?=\s|$)/, '\\$1');
}

function sources(ids: string[]): string {
  const listed = ids.slice(0, MAX_LISTED_SOURCES).map(escapeMarkdown).join(', ');
  const more =
    ids.length > MAX_LISTED_SOURCES ? ` and ${ids.length - MAX_LISTED_SOURCES} more` : '';
  return `*Sources: ${listed}${more}*`;
}

/** The note as Markdown: the same sections and paragraphs, each followed by its sources. */
export function renderNoteMarkdown(note: Omit<BackgroundNote, 'markdown'>): string {
  const lines = [`# ${escapeMarkdown(note.title)}`, ''];
  for (const section of note.sections) {
    lines.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const paragraph of section.paragraphs) {
      lines.push(escapeMarkdown(paragraph.text), '');
      if (paragraph.sourceIds.length > 0) lines.push(sources(paragraph.sourceIds), '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
