export interface MmrOptions {
  /** How many to select. */
  limit: number;
  /** Relevance against redundancy: 1 is relevance only. */
  lambda?: number;
}

/**
 * Maximal Marginal Relevance: repeatedly take the item with the best
 * λ·relevance − (1−λ)·(highest similarity to an item already taken). Relevance is expected in
 * 0..1. Ties go to the lower index, so callers order items deterministically. Returns indices in
 * selection order.
 */
export function selectMmr(
  relevance: number[],
  similarity: (a: number, b: number) => number,
  options: MmrOptions,
): number[] {
  const { limit, lambda = 0.7 } = options;
  const selected: number[] = [];
  const maxSimilarity = new Array<number>(relevance.length).fill(0);
  const taken = new Array<boolean>(relevance.length).fill(false);
  while (selected.length < Math.min(limit, relevance.length)) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < relevance.length; i++) {
      if (taken[i]) continue;
      const value = lambda * relevance[i] - (1 - lambda) * maxSimilarity[i];
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    taken[best] = true;
    selected.push(best);
    for (let i = 0; i < relevance.length; i++) {
      if (!taken[i]) maxSimilarity[i] = Math.max(maxSimilarity[i], similarity(best, i));
    }
  }
  return selected;
}
