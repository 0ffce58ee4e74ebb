import type { Connection, Edge } from '@xyflow/react';
import type { MouseEvent as ReactMouseEvent } from 'react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { deleteElements, reconnectEdge } from '../documents/document-actions';

/** What the canvas passes to xyflow for reconnecting connections by their ends. */
export interface EdgeReconnect {
  /** The connection whose ends can be grabbed besides the selected ones (see createEdgeDeriver). */
  grabbable: string | null;
  handlers: {
    onEdgeMouseEnter?: (event: ReactMouseEvent, edge: Edge) => void;
    onEdgeMouseLeave?: (event: ReactMouseEvent, edge: Edge) => void;
    onReconnectStart?: (event: ReactMouseEvent, edge: Edge) => void;
    onReconnect?: (edge: Edge, connection: Connection) => void;
    onReconnectEnd?: (event: MouseEvent | TouchEvent, edge: Edge) => void;
  };
}

const READ_ONLY: EdgeReconnect = { grabbable: null, handlers: {} };

/**
 * Dragging a connection's end onto another step moves it there; dropped on empty canvas,
 * the connection is deleted, as in most flow editors. The connection under the pointer
 * stays grabbable until its drag ends, even when the pointer leaves it on the way.
 */
export function useEdgeReconnect(docId: string, readOnly: boolean): EdgeReconnect {
  const [hovered, setHovered] = useState<string | null>(null);
  const dragging = useRef<string | null>(null);
  const reconnected = useRef(true);

  const onEdgeMouseEnter = useCallback((_event: ReactMouseEvent, edge: Edge) => setHovered(edge.id), []);
  const onEdgeMouseLeave = useCallback((_event: ReactMouseEvent, edge: Edge) => {
    if (dragging.current !== edge.id) setHovered((current) => (current === edge.id ? null : current));
  }, []);
  const onReconnectStart = useCallback((_event: ReactMouseEvent, edge: Edge) => {
    reconnected.current = false;
    dragging.current = edge.id;
  }, []);
  const onReconnect = useCallback(
    (edge: Edge, connection: Connection) => {
      reconnected.current = true;
      if (connection.sourceHandle) reconnectEdge(docId, edge.id, { source: connection.source, sourcePort: connection.sourceHandle, target: connection.target });
    },
    [docId],
  );
  const onReconnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, edge: Edge) => {
      if (!reconnected.current) deleteElements(docId, [], [edge.id]);
      reconnected.current = true;
      dragging.current = null;
      setHovered(null);
    },
    [docId],
  );

  const handlers = useMemo(
    () => ({ onEdgeMouseEnter, onEdgeMouseLeave, onReconnectStart, onReconnect, onReconnectEnd }),
    [onEdgeMouseEnter, onEdgeMouseLeave, onReconnectStart, onReconnect, onReconnectEnd],
  );
  return readOnly ? READ_ONLY : { grabbable: hovered, handlers };
}
