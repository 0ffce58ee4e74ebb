import type { EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { moveSteps } from '../documents/document-actions';
import { useDocuments } from '../documents/documents-store';
import type { CanvasViewState } from './derive-elements';
import { withoutGhostChanges } from './ghost-elements';
import type { FlowXyEdge, StepXyNode } from './xy-elements';

type Size = { width: number; height: number };
type Point = { x: number; y: number };

/**
 * Turns xyflow's change events into view state and store actions: measured sizes and
 * positions mid-drag stay in the canvas (view state, and no re-validation per mouse move);
 * a finished drag is one `move` edit; keyboard nudges coalesce into one undo step; selection
 * goes to the document.
 */
export function useCanvasChanges(docId: string): {
  view: CanvasViewState;
  onNodesChange: (changes: NodeChange<StepXyNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<FlowXyEdge>[]) => void;
} {
  const [measured, setMeasured] = useState<ReadonlyMap<string, Size>>(() => new Map());
  const [dragging, setDragging] = useState<ReadonlyMap<string, Point>>(() => new Map());
  const draggingRef = useRef(dragging);

  const onNodesChange = useCallback(
    (changes: NodeChange<StepXyNode>[]) => {
      let sizes: Map<string, Size> | undefined;
      let moving: Map<string, Point> | undefined;
      const dropped = new Map<string, Point>();
      const nudged = new Map<string, Point>();
      const selected = new Map<string, boolean>();
      // Ghosts of a shown comparison are drawn, never part of the flow: nothing of theirs reaches the document.
      for (const change of withoutGhostChanges(changes)) {
        if (change.type === 'dimensions' && change.dimensions) {
          (sizes ??= new Map()).set(change.id, change.dimensions);
        } else if (change.type === 'position') {
          const wasDragging = draggingRef.current.get(change.id);
          if (change.dragging && change.position) {
            (moving ??= new Map(draggingRef.current)).set(change.id, change.position);
          } else if (wasDragging || (moving && moving.has(change.id))) {
            dropped.set(change.id, change.position ?? moving?.get(change.id) ?? wasDragging!);
            (moving ??= new Map(draggingRef.current)).delete(change.id);
          } else if (change.position) {
            nudged.set(change.id, change.position);
          }
        } else if (change.type === 'select') {
          selected.set(change.id, change.selected);
        }
      }
      if (sizes) {
        const next = sizes;
        setMeasured((current) => {
          const merged = new Map(current);
          for (const [id, size] of next) merged.set(id, size);
          return merged;
        });
      }
      // The flow is updated before the drag overlay is cleared, so the node never jumps back for a frame.
      if (dropped.size > 0) moveSteps(docId, dropped);
      if (nudged.size > 0) moveSteps(docId, nudged, 'nudge');
      if (moving) {
        draggingRef.current = moving;
        setDragging(moving);
      }
      if (selected.size > 0) applySelection(docId, selected, 'nodes');
    },
    [docId],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowXyEdge>[]) => {
      const selected = new Map<string, boolean>();
      for (const change of withoutGhostChanges(changes)) if (change.type === 'select') selected.set(change.id, change.selected);
      if (selected.size > 0) applySelection(docId, selected, 'edges');
    },
    [docId],
  );

  const view = useMemo(() => ({ measured, dragging }), [measured, dragging]);
  return { view, onNodesChange, onEdgesChange };
}

function applySelection(docId: string, changes: ReadonlyMap<string, boolean>, kind: 'nodes' | 'edges'): void {
  const store = useDocuments.getState();
  const doc = store.docs[docId];
  if (!doc) return;
  const ids = doc.selection[kind].filter((id) => changes.get(id) !== false);
  const present = new Set(ids);
  for (const [id, isSelected] of changes) if (isSelected && !present.has(id)) ids.push(id);
  store.setSelection(docId, { ...doc.selection, [kind]: ids });
}
