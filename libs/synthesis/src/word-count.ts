/** A word: letters or digits, joined by inner apostrophes, hyphens, dots or commas ("don't", "evidence-based", "3.5", "1,000"). */
const WORD = /[\p{L}\p{N}]+(?:['’.,\-‐][\p{L}\p{N}]+)*/gu;

/** The one word count of the engine: notes, paragraphs, targets and inputs are all measured with it. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
