/** Ranks of a sample with ties averaged (mid-ranks), shared by Spearman's rho and the Mann-Whitney U test. */

export interface Ranking {
  /** 1-based ranks in the input's order; tied values share the mean of the ranks they span. */
  ranks: number[];
  /** The size of every group of tied values (groups of one included). */
  tie_sizes: number[];
}

/** Mid-ranks of `values` (which must be finite). Deterministic: ties are resolved by value, not by position. */
export function rankWithTies(values: readonly number[]): Ranking {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
  const ranks = new Array<number>(values.length);
  const tie_sizes: number[] = [];
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]!] === values[order[start]!]) end += 1;
    // Positions start..end (0-based) hold ranks start+1..end+1; their mean is (start+end)/2 + 1.
    const midRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k += 1) ranks[order[k]!] = midRank;
    tie_sizes.push(end - start + 1);
    start = end + 1;
  }
  return { ranks, tie_sizes };
}

/** Mid-ranks only. */
export function midRanks(values: readonly number[]): number[] {
  return rankWithTies(values).ranks;
}
