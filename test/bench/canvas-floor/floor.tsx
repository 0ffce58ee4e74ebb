// The benchmark's floor: bare @xyflow/react drawing the same graph as the editor, with
// default nodes and onlyRenderVisibleElements, nothing else. `?flow=<url>` names the
// flow document to draw.
import { ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import type { Edge, Node } from '@xyflow/react';

interface FlowFile {
  nodes: { id: string; name: string; position: { x: number; y: number } }[];
  edges: { id: string; source: string; target: string }[];
}

const url = new URLSearchParams(location.search).get('flow') ?? '';
const flow = (await (await fetch(url)).json()) as FlowFile;
const nodes: Node[] = flow.nodes.map((node) => ({ id: node.id, position: node.position, data: { label: node.name } }));
const edges: Edge[] = flow.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target }));

createRoot(document.getElementById('root')!).render(
  <ReactFlow defaultNodes={nodes} defaultEdges={edges} onlyRenderVisibleElements defaultViewport={{ x: 0, y: 0, zoom: 1 }} />,
);
