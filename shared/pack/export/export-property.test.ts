import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profileCatalog } from '../../catalog/registry';
import { REF_KINDS } from '../../format/entity-ref';
import { createFlow } from '../../catalog/create-flow';
import type { Flow, FlowNode } from '../../format/flow-schema';
import { PROFILES } from '../../format/profiles';
import type { Profile } from '../../format/profiles';
import { exportPack } from './export-pack';

/**
 * Property: whatever a flow holds (references of any kind anywhere, secret fields, secret
 * keys and URL tokens in extension data), no identifier, name or value that export strips
 * is left anywhere in the pack's JSON, nor in the report.
 */

type Tree =
  | { type: 'ref'; kind: string; id: boolean; uuid: boolean; name: boolean; inner: Tree | undefined }
  | { type: 'secretKey'; key: string }
  | { type: 'url'; parameter: string; credentials: boolean }
  | { type: 'object'; entries: Tree[] }
  | { type: 'array'; items: Tree[] }
  | { type: 'text' };

const { tree } = fc.letrec<{ tree: Tree }>((self) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant<Tree>({ type: 'text' }),
    fc.record({
      type: fc.constant('ref' as const),
      kind: fc.constantFrom(...REF_KINDS, 'widget'),
      id: fc.boolean(),
      uuid: fc.boolean(),
      name: fc.boolean(),
      inner: fc.option(self('tree'), { nil: undefined }),
    }),
    fc.record({ type: fc.constant('secretKey' as const), key: fc.constantFrom('password', 'apiKey', 'token', 'client_secret', 'Authorization') }),
    fc.record({
      type: fc.constant('url' as const),
      parameter: fc.constantFrom('token', 'access_token', 'api_key', 'key', 'secret', 'signature', 'password', 'auth'),
      credentials: fc.boolean(),
    }),
    fc.record({ type: fc.constant('object' as const), entries: fc.array(self('tree'), { maxLength: 4 }) }),
    fc.record({ type: fc.constant('array' as const), items: fc.array(self('tree'), { maxLength: 4 }) }),
  ),
}));

/** Builds JSON from generated shapes, with unique marker values, noting the markers export must remove. */
class Materialiser {
  private count = 0;
  readonly mustVanish: string[] = [];
  constructor(private readonly profile: Profile) {}

  marker(vanishes: boolean): string {
    const value = `mk-${++this.count}-end`;
    if (vanishes) this.mustVanish.push(value);
    return value;
  }

  uuid(vanishes: boolean): string {
    const value = `00000000-0000-4000-8000-${String(++this.count).padStart(12, '0')}`;
    if (vanishes) this.mustVanish.push(value);
    return value;
  }

  build(shape: Tree): unknown {
    switch (shape.type) {
      case 'text':
        return 'plain words';
      case 'secretKey':
        return { [shape.key]: this.marker(true) };
      case 'url': {
        const user = shape.credentials ? `ops:${this.marker(true)}@` : '';
        return `see https://${user}api.example.com/v1?page=2&${shape.parameter}=${this.marker(true)}`;
      }
      case 'object':
        return Object.fromEntries(shape.entries.map((entry, index) => [`k${index}`, this.build(entry)]));
      case 'array':
        return shape.items.map((item) => this.build(item));
      case 'ref': {
        // A placeholder in a config is a validation error that refuses the export: give it a name.
        const named = shape.name || (!shape.id && !shape.uuid);
        const policy = this.policyOf(shape.kind);
        const strip = policy === 'strip' || (policy === 'byName' && !named);
        const ref: Record<string, unknown> = { $ref: shape.kind };
        if (shape.id) ref.id = this.marker(strip || policy === 'byName');
        if (shape.uuid) ref.uuid = this.uuid(strip || policy === 'byName');
        if (named) ref.name = this.marker(strip);
        if (shape.inner) ref.inner = this.build(shape.inner);
        return ref;
      }
    }
  }

  private policyOf(kind: string): string {
    if (!(REF_KINDS as readonly string[]).includes(kind) || kind === 'attachment') return 'strip';
    return profileCatalog(this.profile).refDefaults[kind as (typeof REF_KINDS)[number]].export;
  }
}

/** Steps of each profile that hold stripped references or secrets in declared fields, with the port they continue through. */
function stepsFor(profile: Profile, m: Materialiser): { type: string; port: string; config: Record<string, unknown> }[] {
  const gone = () => m.marker(true);
  switch (profile) {
    case 'pipeline':
      return [
        { type: 'addTags', port: 'next', config: { active: true, tags: [{ $ref: 'tag', id: gone(), name: m.marker(false) }] } },
        { type: 'createTask', port: 'next', config: { active: true, title: 'T', description: '', dueInDays: 1, assignee: { mode: 'user', user: { $ref: 'user', id: gone(), name: gone() } } } },
        { type: 'publishToClientFeed', port: 'next', config: { active: true, message: 'Hi', audience: 'cardPersonContacts', author: { $ref: 'user', id: gone(), name: gone() } } },
        {
          type: 'sendEmail',
          port: 'next',
          config: { active: true, sender: { $ref: 'user', id: gone(), name: gone() }, recipients: ['cardContacts'], subject: 'S', message: 'M', attachments: [{ $ref: 'attachment', id: gone(), name: gone() }] },
        },
        { type: 'moveCard', port: 'next', config: { active: true, destination: { mode: 'flow', flow: { $ref: 'flow', id: gone(), name: gone() }, column: 'Done' } } },
      ];
    case 'journeys':
      return [
        { type: 'condition', port: 'yes', config: { condition: { kind: 'productFilter', products: [{ $ref: 'product', id: gone(), name: gone() }] } } },
        { type: 'wait', port: 'next', config: { duration: 3600 } },
      ];
    case 'conversations':
      return [
        {
          type: 'httpRequest',
          port: 'success',
          config: { method: 'GET', url: `https://ops:${gone()}@api.example.com/x?access_token=${gone()}`, headers: [{ name: 'Authorization', value: gone() }], body: '', responseVariable: '' },
        },
        { type: 'sendMessage', port: 'next', config: { channel: { $ref: 'channel', id: m.marker(false), name: m.marker(false) }, text: 'Hello' } },
      ];
    case 'contact-center':
      return [{ type: 'playPrompt', port: 'next', config: { prompt: { source: 'tts', text: 'Hello' } } }];
  }
}

const flowShape = fc.record({
  profile: fc.constantFrom(...PROFILES),
  steps: fc.array(fc.record({ pick: fc.nat(), extensions: fc.option(tree, { nil: undefined }), extraConfig: fc.option(tree, { nil: undefined }) }), { maxLength: 6 }),
  flowExtensions: fc.array(tree, { maxLength: 3 }),
  edgeExtensions: fc.option(tree, { nil: undefined }),
});

type FlowShape = typeof flowShape extends fc.Arbitrary<infer T> ? T : never;

function buildFlow(shape: FlowShape) {
  const m = new Materialiser(shape.profile);
  const flow: Flow = createFlow({ profile: shape.profile, name: 'Generated', id: '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f', now: new Date(0) });
  let previous: { id: string; port: string } = { id: flow.nodes[0]!.id, port: 'next' };
  shape.steps.forEach((step, index) => {
    const choices = stepsFor(shape.profile, m);
    const chosen = choices[step.pick % choices.length]!;
    const node: FlowNode = { id: `n${index}`, type: chosen.type, name: `Step ${index}`, position: { x: index * 100, y: 0 }, config: chosen.config };
    if (step.extraConfig) node.config.x_extra = m.build(step.extraConfig);
    if (step.extensions) node.extensions = { data: m.build(step.extensions) };
    flow.nodes.push(node);
    flow.edges.push({ id: `e${index}`, source: previous.id, sourcePort: previous.port, target: node.id, ...(shape.edgeExtensions && index === 0 ? { extensions: { data: m.build(shape.edgeExtensions) } } : {}) });
    previous = { id: node.id, port: chosen.port };
  });
  flow.extensions = Object.fromEntries(shape.flowExtensions.map((entry, index) => [`e${index}`, m.build(entry)]));
  return { flow, mustVanish: m.mustVanish };
}

describe('export never leaks what it strips (property)', () => {
  it('no stripped identifier, name or secret appears anywhere in the pack or the report', () => {
    fc.assert(
      fc.property(flowShape, (shape) => {
        const { flow, mustVanish } = buildFlow(shape);
        const result = exportPack([flow], { name: 'Generated pack', generator: 'test', now: new Date(0) });
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        // The report's `keepable` values are the author's own, shown only on their screen to offer "Keep".
        const text = JSON.stringify(result.pack) + JSON.stringify({ ...result.report, keepable: {} });
        for (const value of mustVanish) expect(text).not.toContain(value);
      }),
      { numRuns: 200 },
    );
  });
});
