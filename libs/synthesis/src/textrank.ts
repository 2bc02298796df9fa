/** A sparse term vector: term → weight. */
export type TermVector = Map<string, number>;

export function norm(vector: TermVector): number {
  let sum = 0;
  for (const w of vector.values()) sum += w * w;
  return Math.sqrt(sum);
}

export function cosine(a: TermVector, b: TermVector, normA = norm(a), normB = norm(b)): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += w * other;
  }
  return dot / (normA * normB);
}

export interface TextRankOptions {
  damping?: number;
  iterations?: number;
  tolerance?: number;
  /** Similarities below this are not edges. */
  minSimilarity?: number;
}

/**
 * TextRank (PageRank over the sentence similarity graph, weighted edges). O(n²) in the number of
 * vectors: callers cap n. Returns scores that sum to n, in input order.
 */
export function textRank(vectors: TermVector[], options: TextRankOptions = {}): number[] {
  const { damping = 0.85, iterations = 50, tolerance = 1e-6, minSimilarity = 0.05 } = options;
  const n = vectors.length;
  if (n === 0) return [];
  const norms = vectors.map((v) => norm(v));
  const edges: { to: number; weight: number }[][] = vectors.map(() => []);
  const outWeight = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const weight = cosine(vectors[i], vectors[j], norms[i], norms[j]);
      if (weight < minSimilarity) continue;
      edges[i].push({ to: j, weight });
      edges[j].push({ to: i, weight });
      outWeight[i] += weight;
      outWeight[j] += weight;
    }
  }
  let scores = new Array<number>(n).fill(1);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const next = new Array<number>(n).fill(1 - damping);
    for (let i = 0; i < n; i++) {
      for (const { to, weight } of edges[i])
        next[i] += (damping * weight * scores[to]) / outWeight[to];
    }
    const change = next.reduce((sum, s, i) => sum + Math.abs(s - scores[i]), 0);
    scores = next;
    if (change < tolerance) break;
  }
  return scores;
}
