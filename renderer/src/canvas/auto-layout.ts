import { create } from 'zustand';
import { useUi } from '../ui/ui-store';
import { moveSteps } from '../documents/document-actions';
import { useDocuments } from '../documents/documents-store';
import { translate } from '../i18n/i18n';
import { canvasFor } from './canvas-registry';
import { fitViewClearOfCovers } from './fit-view';
import type { LayoutRequest, LayoutResponse } from './layout-graph';
import { stepPorts } from './step-ports';
import { ASSUMED_NODE_SIZE } from './zoom-range';


/** The layout under way, shown on its canvas with a Cancel button: a long flow takes seconds. */
export const useLayoutRun = create<{ docId: string; steps: number } | null>()(() => null);

let worker: Worker | undefined;
let running: Promise<void> | undefined;
let cancelRun: (() => void) | undefined;

function layoutWorker(): Worker {
  worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** The worker's answer, or undefined when the layout was cancelled. */
function requestLayout(request: LayoutRequest): Promise<LayoutResponse | undefined> {
  return new Promise((resolve) => {
    const target = layoutWorker();
    target.onmessage = (event: MessageEvent<LayoutResponse>) => resolve(event.data);
    target.onerror = (event) => resolve({ ok: false, message: event.message || 'the layout worker failed' });
    // ELK cannot be interrupted: the worker is ended, and a new one serves the next layout.
    cancelRun = () => {
      target.terminate();
      if (worker === target) worker = undefined;
      resolve(undefined);
    };
    target.postMessage(request);
  });
}

/** Stops the layout under way; the flow keeps the positions it had. */
export function cancelAutoLayout(): void {
  cancelRun?.();
}

/**
 * Arranges a document's steps left to right with ELK's layered algorithm, in a Web Worker,
 * and applies the result as one undo step. Runs one layout at a time.
 */
export function autoLayout(docId: string): Promise<void> {
  running ??= run(docId).finally(() => {
    running = undefined;
  });
  return running;
}

async function run(docId: string): Promise<void> {
  const doc = useDocuments.getState().docs[docId];
  if (!doc || doc.readOnlyReason !== null || doc.flow.nodes.length === 0) return;
  const flow = doc.flow;
  const instance = canvasFor(docId)?.instance;
  const request: LayoutRequest = {
    nodes: flow.nodes.map((node) => {
      const measured = instance?.getInternalNode(node.id)?.measured;
      return {
        id: node.id,
        width: measured?.width ?? ASSUMED_NODE_SIZE.width,
        height: measured?.height ?? ASSUMED_NODE_SIZE.height,
        ports: stepPorts(flow.profile, node).map((port) => port.id),
      };
    }),
    edges: flow.edges.map(({ id, source, sourcePort, target }) => ({ id, source, sourcePort, target })),
  };
  useLayoutRun.setState({ docId, steps: flow.nodes.length }, true);
  const response = await requestLayout(request).finally(() => {
    cancelRun = undefined;
    useLayoutRun.setState(null, true);
  });
  if (!response) return;
  if (!response.ok) {
    useUi.getState().notify(translate('canvas.layoutFailed', { message: response.message }), 'error');
    return;
  }
  // The flow may have changed while the worker ran; only steps that still exist move.
  moveSteps(docId, new Map(Object.entries(response.positions)));
  requestAnimationFrame(() => fitViewClearOfCovers(canvasFor(docId), 300));
}
