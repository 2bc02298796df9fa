/**
 * How a note is laid out while it is drafted: pieces of text citing contributions by marker,
 * fitted to the word budget, then labelled C1, C2… in reading order.
 */
import { compareIds } from './assignment';
import type { ReadClaim } from './claims';
import type { NoteParagraph, NoteSection, ParagraphKind } from './draft-note';
import { englishStatement } from './note-english';
import { countWords } from './word-count';

/** The length rule: within this share of the word target. */
export const TOLERANCE = 0.1;
/** Labels written out in one citation before "and N more". */
export const MAX_CITED = 12;

/** Citations are written as markers while the note is assembled, and labelled in reading order. */
export const CITE_OPEN = '\u0001';

export const CITE_CLOSE = '\u0002';

export interface Piece {
  text: string;
  sourceIds: readonly string[];
  quote?: { claim: ReadClaim };
  /** A machine gloss of the quote of that claim, next to it. */
  gloss?: { claimId: string; text: string };
}

export interface Paragraph {
  kind: ParagraphKind;
  /** Opens the paragraph once something is said in it: "Challenges and gaps." */
  lead?: string;
  pieces: Piece[];
}

export interface Section {
  heading: string;
  objectiveNumber?: number;
  paragraphs: Paragraph[];
}

/** Something the note may say if the word budget allows it, in order of importance. */
export interface Option {
  paragraph: Paragraph;
  /** Shortest last: the first that fits is taken. */
  variants: Piece[][];
}

export function cite(ids: readonly string[]): string {
  return `${CITE_OPEN}${ids.join(' ')}${CITE_CLOSE}`;
}

/** The reader's view of a citation: its labels as they will be printed. */
export function citationWords(ids: readonly string[]): number {
  return Math.min(ids.length, MAX_CITED) + (ids.length > MAX_CITED ? 3 : 0);
}

export function pieceWords(piece: Piece): number {
  let words = 0;
  const text = piece.text.replace(
    new RegExp(`${CITE_OPEN}([^${CITE_CLOSE}]*)${CITE_CLOSE}`, 'g'),
    (_, ids: string) => {
      words += citationWords(ids ? ids.split(' ') : []);
      return ' ';
    },
  );
  return words + countWords(text);
}

export function totalWords(sections: readonly Section[]): number {
  let words = 0;
  for (const s of sections)
    for (const p of s.paragraphs) for (const piece of p.pieces) words += pieceWords(piece);
  return words;
}

/**
 * Adds what the budget allows, round-robin over the objectives (each offering its next point),
 * then cross-cutting points and questions: first up to the target, then within its tolerance.
 * Citing a new contribution costs its annex line too.
 */
export function fitToTarget(
  sections: readonly Section[],
  options: readonly Option[][],
  target: number,
  annexWords: (id: string) => number,
): void {
  const cited = new Set<string>();
  const citeAll = (pieces: readonly Piece[]) => {
    for (const piece of pieces) for (const id of citedIds(piece.text)) cited.add(id);
  };
  for (const s of sections) for (const p of s.paragraphs) citeAll(p.pieces);
  let words = totalWords(sections) + [...cited].reduce((n, id) => n + annexWords(id), 0);
  const cost = (pieces: readonly Piece[]) => {
    const fresh = new Set<string>();
    for (const piece of pieces)
      for (const id of citedIds(piece.text)) if (!cited.has(id)) fresh.add(id);
    return (
      pieces.reduce((sum, p) => sum + pieceWords(p), 0) +
      [...fresh].reduce((n, id) => n + annexWords(id), 0)
    );
  };
  // Each objective's main point first, then three questions, then the rest round-robin.
  const objectiveLists = options.slice(0, -2);
  const [crossOptions, questionOptions] = options.slice(-2);
  const depth = Math.max(0, ...objectiveLists.map((o) => o.length));
  const order: Option[] = [];
  for (let rank = 0; rank < depth; rank++) {
    if (rank === 1) order.push(...questionOptions.slice(0, 3));
    for (const list of objectiveLists) if (rank < list.length) order.push(list[rank]);
  }
  order.push(...questionOptions.slice(depth > 1 ? 3 : 0), ...crossOptions);
  const leadWords = (paragraph: Paragraph) =>
    paragraph.lead && !leads.has(paragraph) ? countWords(paragraph.lead) : 0;
  const leads = new Set<Paragraph>();
  const chosen = new Map<Option, number>();
  const choose = (option: Option, index: number, limit: number): boolean => {
    const current = chosen.get(option);
    const before = current === undefined ? [] : option.variants[current];
    const after = option.variants[index];
    const extra =
      cost(after.slice(before.length)) + (current === undefined ? leadWords(option.paragraph) : 0);
    if (words + extra > limit) return false;
    words += extra;
    citeAll(after);
    leads.add(option.paragraph);
    chosen.set(option, index);
    return true;
  };
  // Breadth before depth: every point said briefly (each objective's main one with its quote),
  // then quotes added where the budget allows; up to the target, then a little over it, well
  // inside the 10% the length rule allows.
  const main = new Set(objectiveLists.map((list) => list[0]));
  for (const option of order) {
    if (option.variants.length > 0)
      choose(option, main.has(option) ? 0 : option.variants.length - 1, target);
  }
  for (const limit of [target, target * (1 + TOLERANCE / 2)]) {
    for (const option of order) {
      const current = chosen.get(option);
      if (option.variants.length === 0 || current === 0) continue;
      if (current === undefined && choose(option, option.variants.length - 1, limit)) continue;
      for (let richer = 0; richer < chosen.get(option)!; richer++) {
        if (choose(option, richer, limit)) break;
      }
    }
  }
  for (const option of order) {
    const index = chosen.get(option);
    if (index === undefined) continue;
    const { paragraph } = option;
    if (paragraph.lead && paragraph.pieces.length === 0) {
      paragraph.pieces.push({ text: paragraph.lead, sourceIds: [] });
    }
    paragraph.pieces.push(...option.variants[index]);
  }
}

export function citedIds(text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(new RegExp(`${CITE_OPEN}([^${CITE_CLOSE}]*)${CITE_CLOSE}`, 'g'))) {
    if (m[1]) ids.push(...m[1].split(' ').slice(0, MAX_CITED));
  }
  return ids;
}

/** Labels C1, C2… in the order contributions are first cited. */
export function labelInReadingOrder(sections: readonly Section[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const s of sections)
    for (const p of s.paragraphs)
      for (const piece of p.pieces)
        for (const id of citedIds(piece.text))
          if (!labels.has(id)) labels.set(id, `C${labels.size + 1}`);
  return labels;
}

export function finishSection(section: Section, labels: ReadonlyMap<string, string>): NoteSection {
  const paragraphs: NoteParagraph[] = section.paragraphs
    .filter((p) => p.pieces.length > 0)
    .map((p) => ({
      text: p.pieces
        .map((piece) =>
          piece.text.replace(
            new RegExp(`${CITE_OPEN}([^${CITE_CLOSE}]*)${CITE_CLOSE}`, 'g'),
            (_, ids: string) => {
              const all = ids ? ids.split(' ') : [];
              const shown = all.slice(0, MAX_CITED).map((id) => labels.get(id) ?? '?');
              return `[${shown.join(', ')}${all.length > MAX_CITED ? ` and ${all.length - MAX_CITED} more` : ''}]`;
            },
          ),
        )
        .join(' '),
      sourceIds: [...new Set(p.pieces.flatMap((piece) => piece.sourceIds))].sort(compareIds),
      kind: p.kind,
      quotes: p.pieces.flatMap((piece) => {
        const gloss =
          piece.quote && p.pieces.find((g) => g.gloss?.claimId === piece.quote!.claim.id)?.gloss;
        return piece.quote
          ? [
              {
                text: piece.quote.claim.text,
                contributionId: piece.quote.claim.contributionId,
                language: piece.quote.claim.language,
                ...(piece.quote.claim.language !== 'en'
                  ? {
                      english: englishStatement(piece.quote.claim),
                      ...(gloss ? { gloss: gloss.text } : {}),
                    }
                  : {}),
                label: labels.get(piece.quote.claim.contributionId) ?? '?',
              },
            ]
          : [];
      }),
    }));
  return {
    heading: section.heading,
    ...(section.objectiveNumber !== undefined ? { objectiveNumber: section.objectiveNumber } : {}),
    paragraphs,
  };
}
