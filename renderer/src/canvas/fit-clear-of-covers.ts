/** A size in screen pixels. */
export interface Size {
  width: number;
  height: number;
}

/** What covers the canvas's bottom corners: the zoom controls on the left, the overview map on the right. */
export interface CornerCovers {
  left?: Size | undefined;
  right?: Size | undefined;
}

/** Padding on each side, in pixels, as xyflow's fit takes it. */
export interface SidePadding {
  top: `${number}px`;
  right: `${number}px`;
  bottom: `${number}px`;
  left: `${number}px`;
}

/** The space kept around a fitted flow, in pixels. */
export const FIT_MARGIN = 24;

const px = (value: number): `${number}px` => `${Math.round(value)}px`;

/**
 * The padding with which fitting `bounds` (flow units) into a canvas of `width` x `height`
 * pixels leaves every step clear of the corner covers, so a fitted view never puts a step
 * under the overview map, where it can be neither seen nor clicked. Either a band as tall as
 * the covers is kept free along the bottom, or bands as wide as them along the sides: the one
 * that lets the flow be drawn larger wins (a wide flow gives up height, a tall one width).
 */
export function paddingClearOf(bounds: Size, width: number, height: number, covers: CornerCovers, margin = FIT_MARGIN): SidePadding {
  const tallest = Math.max(covers.left?.height ?? 0, covers.right?.height ?? 0);
  const left = covers.left?.width ?? 0;
  const right = covers.right?.width ?? 0;
  const w = Math.max(bounds.width, 1);
  const h = Math.max(bounds.height, 1);
  const underBand = Math.min((width - 2 * margin) / w, (height - 2 * margin - tallest) / h);
  const besideBands = Math.min((width - 2 * margin - left - right) / w, (height - 2 * margin) / h);
  if (tallest === 0 || underBand >= besideBands) return { top: px(margin), right: px(margin), bottom: px(margin + tallest), left: px(margin) };
  return { top: px(margin), right: px(margin + right), bottom: px(margin), left: px(margin + left) };
}

/** The corner covers of a mounted canvas as drawn now (none before they are laid out). */
export function cornerCoversOf(element: HTMLElement): CornerCovers {
  const box = element.getBoundingClientRect();
  const cover = (selector: string, side: 'left' | 'right'): Size | undefined => {
    const found = element.querySelector(selector)?.getBoundingClientRect();
    if (!found || found.width === 0) return undefined;
    return { width: side === 'right' ? box.right - found.left : found.right - box.left, height: box.bottom - found.top };
  };
  return { left: cover('.react-flow__controls', 'left'), right: cover('.react-flow__minimap', 'right') };
}
