import type { BackgroundNote } from './draft-note';

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

/**
 * The note as Markdown: the same sections and paragraphs. Citations are the labels in the text
 * ([C1]); the annex, a list, says what each label stands for. No contribution id appears.
 */
export function renderNoteMarkdown(note: Omit<BackgroundNote, 'markdown'>): string {
  const lines = [`# ${escapeMarkdown(note.title)}`, ''];
  for (const section of note.sections) {
    lines.push(`## ${escapeMarkdown(section.heading)}`, '');
    const annex =
      section.paragraphs.length > 0 && section.paragraphs.every((p) => p.kind === 'annex');
    for (const paragraph of section.paragraphs) {
      if (annex) lines.push(`- ${escapeMarkdown(paragraph.text)}`);
      else lines.push(escapeMarkdown(paragraph.text), '');
    }
    if (annex) lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
