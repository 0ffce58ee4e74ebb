import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../format/diagnostic';
import type { FlowEdge, FlowNode } from '../../format/flow-schema';
import { createFlow } from '../create-flow';
import { validate } from '../../validation/validator';

/** A journey entered on any page visit, followed by one step. */
function journeyWith(type: string, config: Record<string, unknown>, extraNodes: FlowNode[] = []) {
  const flow = createFlow({ profile: 'journeys', name: 'Rules', id: '0b8a3c4e-7d21-4f6a-8e5b-2c9d1a0f3e47' });
  const nodes: FlowNode[] = [
    { id: 'trigger', type: 'pageVisit', name: 'Visit', position: { x: 0, y: 0 }, config: { urlPattern: '/*' } },
    { id: 'step', type, name: 'Step', position: { x: 280, y: 0 }, config },
    ...extraNodes,
  ];
  const edges: FlowEdge[] = [{ id: 'e1', source: 'trigger', sourcePort: 'next', target: 'step' }];
  return { ...flow, nodes, edges };
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code} ${JSON.stringify(d.path)}`);

describe('journeys in the validator', () => {
  it('report a product condition with no products chosen', () => {
    const diagnostics = validate(journeyWith('condition', { condition: { kind: 'productFilter', products: [] } }));
    expect(codes(diagnostics)).toEqual(['CONFIG_REQUIRED ["nodes",1,"config","condition","products"]']);
  });

  it('report a segment condition whose segment is not chosen yet', () => {
    const diagnostics = validate(journeyWith('condition', { condition: { kind: 'segment', segment: { $ref: 'segment' } } }));
    expect(codes(diagnostics)).toEqual(['REF_PLACEHOLDER ["nodes",1,"config","condition","segment"]']);
  });

  it('report every blank part of a new email step', () => {
    const diagnostics = validate(journeyWith('sendEmail', { subject: '', preheader: '', body: '', senderName: '', senderEmail: '' }));
    expect(codes(diagnostics).sort()).toEqual([
      'CONFIG_REQUIRED ["nodes",1,"config","body"]',
      'CONFIG_REQUIRED ["nodes",1,"config","senderEmail"]',
      'CONFIG_REQUIRED ["nodes",1,"config","senderName"]',
      'CONFIG_REQUIRED ["nodes",1,"config","subject"]',
    ]);
  });

  it('refuse a second entry trigger', () => {
    const second: FlowNode = { id: 'cart', type: 'cartAbandoned', name: 'Cart', position: { x: 0, y: 160 }, config: { afterMinutes: 60 } };
    const diagnostics = validate(journeyWith('end', {}, [second]));
    expect(codes(diagnostics)).toEqual(['TRIGGER_MULTIPLE ["nodes",2]']);
  });
});
