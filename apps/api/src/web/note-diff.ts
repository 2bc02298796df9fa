import type { NoteSection } from '@convene/synthesis';
import { citationLabels, CITATION } from './note-citations';

export interface ParagraphChange {
  change: 'added' | 'removed';
  text: string;
}

export interface SectionDiff {
  /** The heading in the newer version (the older one's for a removed section). */
  heading: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  /** Added and removed paragraphs, in reading order. */
  changes: ParagraphChange[];
  unchanged: number;
}

/** A section is the same section across versions by its objective, else by its heading. */
const sectionKey = (s: NoteSection) =>
  s.objectiveNumber !== undefined ? `objective:${s.objectiveNumber}` : `heading:${s.heading}`;

/**
 * A paragraph's identity across versions: its text with each label written as the contribution
 * it stands for, since labels are renumbered when what is cited changes.
 */
function paragraphKeys(sections: readonly NoteSection[]): (text: string) => string {
  const labels = citationLabels(sections);
  const id = (label: string) => labels.get(label) ?? label;
  return (text) =>
    text
      .replace(CITATION, (citation, list: string) =>
        citation.replace(list, list.replace(/C\d+/g, id)),
      )
      .replace(/^C\d+(?=:)/, id);
}

/** Paragraph-level changes of one section, by the longest common subsequence of their keys. */
function diffParagraphs(
  from: readonly { text: string; key: string }[],
  to: readonly { text: string; key: string }[],
): { changes: ParagraphChange[]; unchanged: number } {
  const common: number[][] = Array.from({ length: from.length + 1 }, () =>
    new Array<number>(to.length + 1).fill(0),
  );
  for (let i = from.length - 1; i >= 0; i--) {
    for (let j = to.length - 1; j >= 0; j--) {
      common[i][j] =
        from[i].key === to[j].key
          ? common[i + 1][j + 1] + 1
          : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const changes: ParagraphChange[] = [];
  let i = 0;
  let j = 0;
  while (i < from.length || j < to.length) {
    if (i < from.length && j < to.length && from[i].key === to[j].key) {
      i++;
      j++;
    } else if (i < from.length && (j === to.length || common[i + 1][j] >= common[i][j + 1])) {
      // A replaced paragraph reads as the old one removed, then the new one added.
      changes.push({ change: 'removed', text: from[i++].text });
    } else {
      changes.push({ change: 'added', text: to[j++].text });
    }
  }
  return { changes, unchanged: common[0][0] };
}

/**
 * What changed from one version of a note to another, section by section: sections in the
 * newer version's order, a removed one where it stood in the older version.
 */
export function diffNotes(from: readonly NoteSection[], to: readonly NoteSection[]): SectionDiff[] {
  const fromKey = paragraphKeys(from);
  const toKey = paragraphKeys(to);
  const keyed = (sections: readonly NoteSection[], key: (text: string) => string) =>
    sections.map((s) => ({
      section: s,
      key: sectionKey(s),
      paragraphs: s.paragraphs.map((p) => ({ text: p.text, key: key(p.text) })),
    }));
  const older = keyed(from, fromKey);
  const newer = keyed(to, toKey);
  const newerKeys = new Set(newer.map((s) => s.key));
  const result: SectionDiff[] = [];
  const removed = (s: (typeof older)[number]): SectionDiff => ({
    heading: s.section.heading,
    status: 'removed',
    changes: s.paragraphs.map((p) => ({ change: 'removed', text: p.text })),
    unchanged: 0,
  });
  // Removed sections go out just before the first later section of the older version.
  let emitted = 0;
  const removedUpTo = (end: number) => {
    for (; emitted < end; emitted++) {
      if (!newerKeys.has(older[emitted].key)) result.push(removed(older[emitted]));
    }
  };
  for (const section of newer) {
    const match = older.findIndex((s) => s.key === section.key);
    if (match < 0) {
      result.push({
        heading: section.section.heading,
        status: 'added',
        changes: section.paragraphs.map((p) => ({ change: 'added', text: p.text })),
        unchanged: 0,
      });
      continue;
    }
    removedUpTo(match);
    const { changes, unchanged } = diffParagraphs(older[match].paragraphs, section.paragraphs);
    result.push({
      heading: section.section.heading,
      status: changes.length > 0 ? 'changed' : 'unchanged',
      changes,
      unchanged,
    });
  }
  removedUpTo(older.length);
  return result;
}
