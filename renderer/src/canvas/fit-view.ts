import type { MountedCanvas } from './canvas-registry';
import { cornerCoversOf, paddingClearOf } from './fit-clear-of-covers';

/** Fits the whole flow into a mounted canvas, clear of the overview map and the zoom controls. */
export function fitViewClearOfCovers(canvas: MountedCanvas | undefined, duration: number): Promise<boolean> | undefined {
  if (!canvas) return undefined;
  const { instance, element } = canvas;
  const box = element.getBoundingClientRect();
  const bounds = instance.getNodesBounds(instance.getNodes());
  return instance.fitView({ duration, padding: paddingClearOf(bounds, box.width, box.height, cornerCoversOf(element)) });
}
