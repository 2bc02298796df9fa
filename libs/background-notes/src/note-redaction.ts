import {
  countWords,
  renderNoteMarkdown,
  type NoteParagraph,
  type NoteSection,
  type ObjectiveSynthesis,
} from '@convene/synthesis';

/** What stands where a paragraph drew on a contribution hidden since the draft was written. */
export const WITHHELD =
  'Withheld until the note is redrafted: this paragraph drew on a contribution a moderator has since hidden.';

export interface RedactableNote {
  title: string;
  wordCount: number;
  wordTarget: number;
  sections: NoteSection[];
  markdown: string;
}

const cites = (p: NoteParagraph, hidden: ReadonlySet<string>) =>
  p.sourceIds.some((id) => hidden.has(id)) || p.quotes.some((q) => hidden.has(q.contributionId));

/**
 * A stored note as it may be read once contributions it cites were hidden, before the redraft
 * the hide started has finished: each paragraph that drew on one is withheld (its text may
 * quote or describe it), the hidden contribution's annex entry goes, and the Markdown is
 * written again from what is left. A note that cites none is returned as it is.
 */
export function redactHidden<T extends RedactableNote>(note: T, hidden: ReadonlySet<string>): T {
  if (!note.sections.some((s) => s.paragraphs.some((p) => cites(p, hidden)))) return note;
  const sections = note.sections.map((section) => ({
    ...section,
    paragraphs: section.paragraphs.flatMap((p): NoteParagraph[] => {
      if (!cites(p, hidden)) return [p];
      if (p.kind === 'annex') return [];
      return [
        {
          text: WITHHELD,
          sourceIds: p.sourceIds.filter((id) => !hidden.has(id)),
          kind: p.kind,
          quotes: [],
        },
      ];
    }),
  }));
  const wordCount = sections
    .flatMap((s) => s.paragraphs)
    .reduce((n, p) => n + countWords(p.text), 0);
  return {
    ...note,
    sections,
    wordCount,
    markdown: renderNoteMarkdown({ ...note, sections, wordCount, inputWordCount: 0 }),
  };
}

/**
 * A stored synthesis without hidden contributions: out of every list of ids, key points taken
 * from one dropped (their text is its words), asks and themes left with no one dropped. The
 * counts by stakeholder type and language name no one and stay as drafted.
 */
export function redactSynthesis(
  synthesis: ObjectiveSynthesis,
  hidden: ReadonlySet<string>,
): ObjectiveSynthesis {
  const visible = (ids: readonly string[]) => ids.filter((id) => !hidden.has(id));
  if (!synthesis.contributionIds.some((id) => hidden.has(id))) return synthesis;
  return {
    ...synthesis,
    contributionIds: visible(synthesis.contributionIds),
    themes: synthesis.themes
      .map((t) => ({ ...t, contributionIds: visible(t.contributionIds) }))
      .filter((t) => t.contributionIds.length > 0),
    keyPoints: synthesis.keyPoints
      .filter((k) => !hidden.has(k.contributionIds[0]))
      .map((k) => ({ ...k, contributionIds: visible(k.contributionIds) })),
    asks: synthesis.asks
      .map((a) => ({ ...a, contributionIds: visible(a.contributionIds) }))
      .filter((a) => a.contributionIds.length > 0),
  };
}
