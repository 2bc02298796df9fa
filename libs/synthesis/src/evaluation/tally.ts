/** Right out of total: kept as counts so that rounds pool exactly. */
export interface Tally {
  correct: number;
  total: number;
}

/** Tallies by key, such as a language. */
export type TallyBy = Record<string, Tally>;

export function tallyOf<T>(items: readonly T[], correct: (item: T) => boolean): Tally {
  return { correct: items.filter(correct).length, total: items.length };
}

export function tallyByOf<T>(
  items: readonly T[],
  key: (item: T) => string,
  correct: (item: T) => boolean,
): TallyBy {
  const keys = [...new Set(items.map(key))].sort();
  return Object.fromEntries(
    keys.map((k) => [
      k,
      tallyOf(
        items.filter((item) => key(item) === k),
        correct,
      ),
    ]),
  );
}

/** The share right; 1 for an empty tally, where there was nothing to get wrong. */
export function share(tally: Tally): number {
  return tally.total === 0 ? 1 : tally.correct / tally.total;
}

/** Nested counts of the same shape, added leaf by leaf; a key missing on one side counts as zero. */
export function addCounts<T>(a: T, b: T): T {
  if (typeof a === 'number' && typeof b === 'number') return (a + b) as T;
  if (a === undefined) return b;
  if (b === undefined) return a;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
  return Object.fromEntries(keys.map((k) => [k, addCounts(x[k], y[k])])) as T;
}
