import type { Flow, FlowNode } from '../../../shared/format/flow-schema';
import type { Profile } from '../../../shared/format/profiles';
import { previousById } from './derive-elements';
import { stepPorts } from './step-ports';

/**
 * The steps of `after` whose output ports are not those of the same step in `before`: added,
 * removed or reordered (branches, menu options). Their handles have moved, and xyflow measures
 * a step's handles only when it first draws it or its size changes, so the canvas asks for
 * these to be measured again. A step whose object did not change is passed over unread (a
 * document keeps its profile).
 */
export function stepsWithMovedPorts(before: Flow, after: Flow): string[] {
  if (before.nodes === after.nodes) return [];
  const previous = previousById(before.nodes);
  const moved: string[] = [];
  after.nodes.forEach((node, index) => {
    const old = previous(node.id, index);
    if (old && old !== node && portKey(after.profile, old) !== portKey(after.profile, node)) moved.push(node.id);
  });
  return moved;
}

/** A step's port ids in order, as one string. */
function portKey(profile: Profile, node: FlowNode): string {
  return stepPorts(profile, node)
    .map((port) => port.id)
    .join('\u0000');
}
