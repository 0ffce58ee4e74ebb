/**
 * How many arrays and objects are nested inside each other in a parsed JSON value, counted
 * as parseJson counts them in text (`{}` and `[]` are one level, a string none), measured
 * without recursion. Counting stops past `limit`, answering `limit + 1`, so a huge value
 * costs no more than needed to know it is too deep.
 */
export function valueDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next.value === null || typeof next.value !== 'object') continue;
    const depth = next.depth + 1;
    if (depth > limit) return limit + 1;
    if (depth > deepest) deepest = depth;
    for (const item of Object.values(next.value)) pending.push({ value: item, depth });
  }
  return deepest;
}
