/**
 * The revisions chosen to compare after `revision`'s checkbox is toggled: at most two, so
 * choosing a third lets go of the one chosen first (the person's latest two choices count).
 */
export function toggleCompareChoice(chosen: readonly number[], revision: number): number[] {
  if (chosen.includes(revision)) return chosen.filter((entry) => entry !== revision);
  return [...chosen, revision].slice(-2);
}

/** The two chosen revisions as the compare reads them: the older one, then the newer one shown. */
export function compareOrder(chosen: readonly number[]): { older: number; newer: number } | null {
  if (chosen.length !== 2) return null;
  const [a, b] = chosen as [number, number];
  return { older: Math.min(a, b), newer: Math.max(a, b) };
}
