import { baseName, isInside, joinPath, parentPath } from './library-tree';

/** Why an item cannot go into the chosen folder. */
export type MoveRefusalReason = 'intoItself' | 'nameTaken';

/** One item the move leaves where it is, and why. */
export interface MoveRefusal {
  path: string;
  reason: MoveRefusalReason;
}

/** What moving items into a folder does: the moves to make and the items refused. */
export interface MovePlan {
  moves: { from: string; to: string }[];
  refusals: MoveRefusal[];
}

/**
 * Plans moving `paths` into `folder` before touching anything, so a refusal can be shown
 * and nothing half-moved. Items already in that folder are left out; an item inside another
 * moved folder travels with it; a folder cannot go into itself or below itself; a name
 * already used in the folder (`taken`: every path of the workspace), or by another item of
 * the same move, is refused rather than overwritten.
 */
export function planMove(paths: readonly string[], folder: string, taken: ReadonlySet<string>): MovePlan {
  const unique = [...new Set(paths)];
  const outermost = unique.filter((path) => !unique.some((other) => other !== path && isInside(path, other)));
  const claimed = new Set(taken);
  const plan: MovePlan = { moves: [], refusals: [] };
  for (const from of outermost) {
    if (parentPath(from) === folder) continue;
    if (folder !== '' && isInside(folder, from)) {
      plan.refusals.push({ path: from, reason: 'intoItself' });
      continue;
    }
    const to = joinPath(folder, baseName(from));
    if (claimed.has(to)) {
      plan.refusals.push({ path: from, reason: 'nameTaken' });
      continue;
    }
    claimed.add(to);
    plan.moves.push({ from, to });
  }
  return plan;
}
