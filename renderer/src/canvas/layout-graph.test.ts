import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { positionsOf, toElkGraph } from './layout-graph';

const box = (id: string, ports: string[] = ['next']) => ({ id, width: 200, height: 80, ports });

describe('auto layout', () => {
  it('places each step right of the one before it and keeps branches in port order, top to bottom', async () => {
    const graph = toElkGraph({
      nodes: [box('trigger'), box('ask', ['answered', 'failure', 'timeout']), box('thanks'), box('sorry'), box('late')],
      edges: [
        { id: 'e1', source: 'trigger', sourcePort: 'next', target: 'ask' },
        { id: 'e2', source: 'ask', sourcePort: 'answered', target: 'thanks' },
        { id: 'e3', source: 'ask', sourcePort: 'failure', target: 'sorry' },
        { id: 'e4', source: 'ask', sourcePort: 'timeout', target: 'late' },
      ],
    });
    const positions = positionsOf(await new ELK().layout(graph));
    expect(positions.ask!.x).toBeGreaterThan(positions.trigger!.x + 200);
    expect(positions.thanks!.x).toBeGreaterThan(positions.ask!.x + 200);
    expect(positions.thanks!.y).toBeLessThan(positions.sorry!.y);
    expect(positions.sorry!.y).toBeLessThan(positions.late!.y);
  });

  it('wraps a long chain into rows one under the other instead of one row off the screen', async () => {
    const count = 120;
    const nodes = Array.from({ length: count }, (_, i) => box(`s${i}`));
    const edges = nodes.slice(1).map((node, i) => ({ id: `e${i}`, source: `s${i}`, sourcePort: 'next', target: node.id }));
    const positions = Object.values(positionsOf(await new ELK().layout(toElkGraph({ nodes, edges }))));
    const width = Math.max(...positions.map((p) => p.x)) + 200 - Math.min(...positions.map((p) => p.x));
    const height = Math.max(...positions.map((p) => p.y)) + 80 - Math.min(...positions.map((p) => p.y));
    // One row would be 120 steps wide; wrapped, the flow is about as wide as a screen is to its height.
    expect(width).toBeLessThan((count * 200) / 4);
    expect(width / height).toBeGreaterThan(0.5);
    expect(width / height).toBeLessThan(4);
  });

  it('ignores connections to steps that do not exist instead of failing', async () => {
    const graph = toElkGraph({ nodes: [box('a')], edges: [{ id: 'e', source: 'a', sourcePort: 'next', target: 'gone' }] });
    expect(Object.keys(positionsOf(await new ELK().layout(graph)))).toEqual(['a']);
  });
});
