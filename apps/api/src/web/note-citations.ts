import type { NoteSection } from '@convene/synthesis';

/** A citation as the note prints it: "[C1, C4]" or "[C1, C2, C3 and 2 more]". */
export const CITATION = /\[(C\d+(?:, C\d+)*)(?: and (\d+) more)?\]/g;

const ANNEX_LABEL = /^(C\d+):/;

/**
 * Which contribution each label of a note stands for, from its own data: the annex paragraphs
 * (one source each, the label first) and the quotes (each carries its label).
 */
export function citationLabels(sections: readonly NoteSection[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const section of sections) {
    for (const paragraph of section.paragraphs) {
      const annex = paragraph.kind === 'annex' && ANNEX_LABEL.exec(paragraph.text);
      if (annex && paragraph.sourceIds.length === 1) labels.set(annex[1], paragraph.sourceIds[0]);
      for (const quote of paragraph.quotes) labels.set(quote.label, quote.contributionId);
    }
  }
  return labels;
}

export type TextPart = string | { labels: string[]; more: number };

/** A paragraph's text cut around its citations, so a view can link each label. */
export function splitCitations(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(CITATION)) {
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push({ labels: match[1].split(', '), more: Number(match[2] ?? 0) });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** The annex label that opens a paragraph ("C3: …"), if it is an annex line. */
export function annexLabel(text: string): string | undefined {
  return ANNEX_LABEL.exec(text)?.[1];
}

/**
 * The sections with only the paragraphs whose every source the reader may still see: an older
 * version may draw on a contribution hidden since, which no page shows. Says how many went.
 */
export function visibleParagraphs(
  sections: readonly NoteSection[],
  visible: ReadonlySet<string>,
): { sections: NoteSection[]; withheld: number } {
  let withheld = 0;
  const kept = sections.map((section) => {
    const paragraphs = section.paragraphs.filter((p) => p.sourceIds.every((id) => visible.has(id)));
    withheld += section.paragraphs.length - paragraphs.length;
    return { ...section, paragraphs };
  });
  return { sections: kept, withheld };
}
