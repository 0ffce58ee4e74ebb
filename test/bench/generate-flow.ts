import type { Flow, FlowEdge, FlowNode } from '../../shared/format/flow-schema';

/**
 * A realistic conversations workflow of `size` nodes for benchmarks: a trigger, then
 * blocks of question -> (answered: tag, message, branch) with every fallback path connected,
 * so validation does all of its work (configs, ports, reachability, loops, size).
 */
export function generateFlow(size: number): Flow {
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const add = (type: string, config: Record<string, unknown>) => {
    const id = `n${nodes.length}`;
    nodes.push({ id, type, name: `${type} ${nodes.length}`, position: { x: nodes.length * 40, y: (nodes.length % 7) * 90 }, config });
    return id;
  };
  const connect = (source: string, sourcePort: string, target: string) => edges.push({ id: `e${edges.length}`, source, sourcePort, target });

  let previous = add('contactTagUpdated', { action: 'added', tag: { $ref: 'tag', id: 'tag-lead', name: 'Lead' } });
  let port = 'next';
  while (nodes.length < size) {
    const ask = add('askQuestion', {
      question: 'Which product are you interested in?',
      answerType: 'multipleChoice',
      options: ['Plans', 'Support', 'Billing'],
      invalidAnswerMessage: 'Please pick one of the options.',
      variable: 'interest',
      saveTo: { $ref: 'customField', id: 'cf-interest', name: 'Interest' },
      timeout: 604800,
    });
    connect(previous, port, ask);
    const tag = add('updateTags', { action: 'add', tags: [{ $ref: 'tag', id: `tag-${nodes.length}`, name: `Interested ${nodes.length}` }] });
    connect(ask, 'answered', tag);
    const sorry = add('sendMessage', { text: 'Sorry, we did not get that. An agent will follow up, {{contact.firstName}}.' });
    connect(ask, 'failure', sorry);
    connect(ask, 'timeout', sorry);
    const branch = add('branch', {
      conditions: [
        { id: 'vip', name: 'VIP', field: 'contact.tier', operator: 'equals', value: 'gold' },
        { id: 'new', name: 'New', field: 'contact.createdDays', operator: 'lessThan', value: '7' },
      ],
    });
    connect(tag, 'next', branch);
    const message = add('sendMessage', { channel: { $ref: 'channel', id: 'ch-wa', name: 'WhatsApp' }, text: 'Thanks! Here is what we offer.' });
    connect(branch, 'vip', message);
    connect(branch, 'new', message);
    connect(branch, 'else', message);
    previous = message;
    port = 'next';
  }
  return {
    format: 'flowpack.flow',
    version: 1,
    id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
    name: `Generated ${size}`,
    description: '',
    profile: 'conversations',
    kind: 'standard',
    entities: { tags: [], customFields: [], segments: [] },
    nodes: nodes.slice(0, size),
    edges: edges.filter((edge) => Number(edge.source.slice(1)) < size && Number(edge.target.slice(1)) < size),
    meta: {},
    extensions: {},
  };
}
