import { Background, BackgroundVariant, MiniMap, ReactFlow, ReactFlowProvider, useStore } from '@xyflow/react';
import type { Connection, ReactFlowInstance, ReactFlowState } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { DragEvent } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addStep, connectSteps } from '../documents/document-actions';
import { useDocuments } from '../documents/documents-store';
import { GRID } from '../documents/flow-edits';
import { useLocale } from '../i18n/locale';
import type { FlowEdge } from '../../../shared/format/flow-schema';
import { canvasAriaLabels, connectionLabeller } from './aria-labels';
import { CanvasControls } from './CanvasControls';
import { canvasOverlays } from './canvas-overlays';
import { ConnectDialog } from './ConnectDialog';
import { LayoutProgress } from './LayoutProgress';
import { registerCanvas, rememberedViewport, rememberViewport } from './canvas-registry';
import { createEdgeDeriver, createNodeDeriver, indexProblems, withGhosts } from './derive-elements';
import { CompareContext } from './compare-context';
import { useCompareGhosts } from './use-compare-ghosts';
import { marksOf, useDiffMarks } from '../documents/diff-marks';
import { runConnectionsOf, runStepsOf, untestedConnectionsOf, useRunMarks } from '../documents/run-marks';
import { edgeWindow, edgesInWindow, sameWindow } from './edge-window';
import { PALETTE_DRAG_TYPE } from './palette-items';
import { cornerCoversOf } from './fit-clear-of-covers';
import { openingViewport } from './opening-viewport';
import { NODE_TYPES } from './StepNode';
import { EDGE_TYPES } from './ConnectionEdge';
import { StepNodeContext } from './step-node-context';
import { useCanvasChanges } from './use-canvas-changes';
import { useCanvasKeys } from './use-canvas-keys';
import { useEdgeReconnect } from './use-edge-reconnect';
import { useFocusRequest } from './use-focus-request';
import { useKeepSelectionVisible } from './use-keep-selection-visible';
import { useRemeasureMovedPorts } from './use-remeasure-moved-ports';
import { minZoomFor } from './zoom-range';
import type { FlowXyEdge, StepXyNode } from './xy-elements';
import './canvas.css';

/** The overview map draws every step; platforms cap flows far below this, and above it the map costs more memory and time than it helps. */
const MINIMAP_MAX_NODES = 500;
const SNAP_GRID: [number, number] = [GRID, GRID];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

/**
 * The canvas of one document: its steps and connections, a minimap and zoom controls, in
 * a `main` landmark named "Canvas". Editing goes through the documents store, so every
 * change is an undo step and re-validated.
 *
 * Inside the landmark, the canvas is the panel of the document's tab (`panelId`, named by the
 * tab `tabId`): a named panel outside every landmark would leave content no landmark holds,
 * and the palette and properties beside it must stay top-level landmarks of their own.
 */
export function FlowCanvas({ docId, panelId, tabId }: { docId: string; panelId: string; tabId: string }) {
  const { t } = useTranslation();
  return (
    <main aria-label={t('canvas.region')} className="fp-canvas">
      <div id={panelId} role="tabpanel" aria-labelledby={tabId} className="fp-canvas__panel">
        <ReactFlowProvider key={docId}>
          <CanvasView docId={docId} />
        </ReactFlowProvider>
      </div>
      {/* Outside the canvas surface, so keys pressed in the dialog never reach the canvas's shortcuts. */}
      <ConnectDialog docId={docId} />
    </main>
  );
}

function CanvasView({ docId }: { docId: string }) {
  const locale = useLocale();
  const { t } = useTranslation();
  const flow = useDocuments((state) => state.docs[docId]?.flow);
  const diagnostics = useDocuments((state) => state.docs[docId]?.diagnostics);
  const selection = useDocuments((state) => state.docs[docId]?.selection);
  const readOnly = useDocuments((state) => (state.docs[docId]?.readOnlyReason ?? null) !== null);
  const focusRequest = useDocuments((state) => state.docs[docId]?.focusRequest ?? null);

  const wrapper = useRef<HTMLDivElement>(null);
  const [instance, setInstance] = useState<ReactFlowInstance<StepXyNode, FlowXyEdge> | null>(null);
  const { view, onNodesChange, onEdgesChange } = useCanvasChanges(docId);
  const keys = useCanvasKeys(docId);
  useFocusRequest(docId, instance, focusRequest);
  useKeepSelectionVisible(instance, wrapper, selection?.nodes.length === 1 ? selection.nodes[0] : undefined);
  useRemeasureMovedPorts(flow);

  const profile = flow?.profile ?? 'conversations';
  const stepNodeContext = useMemo(() => ({ profile, locale }), [profile, locale]);
  const [deriveNodes] = useState(createNodeDeriver);
  const [deriveEdges] = useState(createEdgeDeriver);
  const problems = useMemo(() => indexProblems(diagnostics ?? []), [diagnostics]);
  // Read-only documents need no per-element flags: the canvas-wide switches below cover every element.
  const path = useDocuments((state) => state.docs[docId]?.path);
  const diffEntry = useDiffMarks((state) => (path === undefined ? undefined : state.byPath[path]));
  const marks = useMemo(() => marksOf(diffEntry), [diffEntry]);
  const runEntry = useRunMarks((state) => state.byDoc[docId]);
  const runSteps = useMemo(() => runStepsOf(runEntry), [runEntry]);
  const runConnections = useMemo(() => runConnectionsOf(runEntry), [runEntry]);
  const untestedConnections = useMemo(() => untestedConnectionsOf(runEntry), [runEntry]);
  const edgeArea = useStore(selectEdgeWindow, sameWindow);
  const canvasWidth = useStore(selectWidth);
  const canvasHeight = useStore(selectHeight);
  const minZoom = useMemo(() => minZoomFor(flow?.nodes ?? [], canvasWidth, canvasHeight), [flow?.nodes, canvasWidth, canvasHeight]);
  const nearEdges = useMemo(() => {
    if (!flow || !selection) return [];
    const heldNodes = new Set([...selection.nodes, ...view.dragging.keys()]);
    return edgesInWindow(flow, edgeArea, { selectedEdges: new Set(selection.edges), heldNodes, dragging: view.dragging });
  }, [flow, selection, view.dragging, edgeArea]);
  const ghosts = useCompareGhosts(flow, diffEntry, marks, edgeArea);
  // Steps at the ends of those connections (and of removed ones drawn as ghosts): the only steps not drawn yet whose handles xyflow needs.
  const wired = useMemo(() => new Set([...nearEdges.flatMap((edge) => [edge.source, edge.target]), ...ghosts.wired]), [nearEdges, ghosts.wired]);
  const stepNodes = useMemo(
    () => (flow && selection ? deriveNodes(flow, selection, problems, view, marks, runSteps, wired) : []),
    [deriveNodes, flow, selection, problems, view, marks, runSteps, wired],
  );
  const nodes = useMemo(() => withGhosts(stepNodes, ghosts.nodes), [stepNodes, ghosts.nodes]);
  const reconnect = useEdgeReconnect(docId, readOnly);
  const grabbable = reconnect.grabbable;
  // Names only the connections near the view, each once per version of the flow (see connectionLabeller).
  const labellerFor = useMemo(() => {
    if (!flow) return undefined;
    const made = new WeakMap<FlowEdge, string>();
    return (near: readonly FlowEdge[]) => connectionLabeller(t, locale, flow, near, made);
  }, [flow, t, locale]);
  const edgeLabel = useMemo(() => labellerFor?.(nearEdges), [labellerFor, nearEdges]);
  const connectionEdges = useMemo(
    () => (selection ? deriveEdges(nearEdges, selection, problems, grabbable, edgeLabel, runConnections, untestedConnections) : []),
    [deriveEdges, nearEdges, selection, problems, grabbable, edgeLabel, runConnections, untestedConnections],
  );
  const edges = useMemo(() => withGhosts(connectionEdges, ghosts.edges), [connectionEdges, ghosts.edges]);
  const ariaLabelConfig = useMemo(() => canvasAriaLabels(t, readOnly), [t, readOnly]);

  useEffect(() => {
    if (!instance || !wrapper.current) return;
    const unregister = registerCanvas(docId, { instance, element: wrapper.current });
    return () => {
      rememberViewport(docId, instance.getViewport());
      unregister();
    };
  }, [docId, instance]);

  const onInit = useCallback(
    (created: ReactFlowInstance<StepXyNode, FlowXyEdge>) => {
      setInstance(created);
      const box = wrapper.current?.getBoundingClientRect();
      const nodes = useDocuments.getState().docs[docId]?.flow.nodes ?? [];
      const viewport = rememberedViewport(docId) ?? (box && wrapper.current ? openingViewport(nodes, box.width, box.height, cornerCoversOf(wrapper.current)) : undefined);
      if (viewport) void created.setViewport(viewport);
    },
    [docId],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      if (connection.sourceHandle) connectSteps(docId, { source: connection.source, sourcePort: connection.sourceHandle, target: connection.target });
    },
    [docId],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(PALETTE_DRAG_TYPE);
      if (!type || !instance) return;
      event.preventDefault();
      const position = instance.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addStep(docId, type, { position, locale });
    },
    [docId, instance, locale],
  );

  // Clicking empty canvas gives the canvas keyboard focus, so shortcuts work right after.
  const onPaneClick = useCallback(() => wrapper.current?.focus({ preventScroll: true }), []);

  if (!flow) return null;
  return (
    <div ref={wrapper} className="fp-canvas__surface" tabIndex={-1} onDragOver={onDragOver} onDrop={onDrop} {...keys}>
      <StepNodeContext value={stepNodeContext}>
        <CompareContext value={ghosts.view}>
          <ReactFlow<StepXyNode, FlowXyEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={onConnect}
            {...reconnect.handlers}
            onInit={onInit}
            onPaneClick={onPaneClick}
            onlyRenderVisibleElements
            snapToGrid
            snapGrid={SNAP_GRID}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            // Reconnectable per connection instead: the selected ones and the one under the pointer (createEdgeDeriver).
            edgesReconnectable={false}
            deleteKeyCode={null}
            selectionKeyCode="Shift"
            multiSelectionKeyCode={MULTI_SELECT_KEYS}
            minZoom={minZoom}
            maxZoom={2.5}
            defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
            proOptions={PRO_OPTIONS}
            ariaLabelConfig={ariaLabelConfig}
          >
            <Background variant={BackgroundVariant.Dots} gap={GRID} size={1} />
            {flow.nodes.length <= MINIMAP_MAX_NODES && <MiniMap pannable zoomable ariaLabel={t('canvas.minimap')} nodeClassName={minimapClass} style={MINIMAP_STYLE} />}
            <CanvasControls docId={docId} readOnly={readOnly} />
            {canvasOverlays().map(({ Layer }, index) => Layer && <Layer key={index} flowId={flow.id} />)}
          </ReactFlow>
        </CompareContext>
      </StepNodeContext>
      {flow.nodes.length === 0 && <p className="fp-canvas__empty">{t('canvas.emptyFlow')}</p>}
      <LayoutProgress docId={docId} />
      {canvasOverlays().map(({ Bar }, index) => Bar && <Bar key={index} flowId={flow.id} />)}
      {/* Shown while a step or connection has keyboard focus; screen readers hear the same from its description. */}
      <p className="fp-canvas__keys" aria-hidden="true">
        {t(readOnly ? 'canvas.keyboard.hintReadOnly' : 'canvas.keyboard.hint')}
      </p>
    </div>
  );
}

const selectWidth = (state: ReactFlowState) => state.width;
const selectHeight = (state: ReactFlowState) => state.height;

/** Only connections near the view are given to xyflow (see edge-window.ts). */
function selectEdgeWindow(state: ReactFlowState) {
  return edgeWindow(state.transform, state.width, state.height);
}

const DEFAULT_EDGE_OPTIONS = { type: 'smoothstep', interactionWidth: 16 } as const;
const PRO_OPTIONS = { hideAttribution: true };
const MINIMAP_STYLE = { width: 180, height: 120 };

function minimapClass(node: StepXyNode): string {
  if (node.type === 'ghost') return 'fp-minimap-node fp-minimap-node--ghost';
  if (node.className === 'has-error') return 'fp-minimap-node fp-minimap-node--error';
  return node.className === 'has-warning' ? 'fp-minimap-node fp-minimap-node--warning' : 'fp-minimap-node';
}
