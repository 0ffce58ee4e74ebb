import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowSchema } from '../../shared/format/flow-schema';
import type { Flow } from '../../shared/format/flow-schema';
import type { TokenScope } from '../../shared/tenant-api/scopes';
import { applyStepAuthority, refuseUnauthorisedSteps } from './step-authority';
import type { ImportPlan } from '../../shared/import/import-plan';

const example = (): Flow =>
  flowSchema.parse(JSON.parse(readFileSync(new URL('../../examples/pipeline/client-onboarding.flow.json', import.meta.url), 'utf8')));

/** A machine token with these scopes: it may do exactly what they say. */
const machine = (scopes: TokenScope[]) => ({ scopes, token: { scopes }, user: null });
/** A person's token carrying feed:publish, whose person has or has not been granted it. */
const person = (granted: boolean) => ({ scopes: granted ? (['flows:write', 'feed:publish'] as TokenScope[]) : (['flows:write'] as TokenScope[]), token: { scopes: ['flows:write', 'feed:publish'] as TokenScope[] }, user: { name: 'Ana Lima' } });

const feedPost = (flow: Flow) => flow.nodes.find((node) => node.type === 'publishToClientFeed')!;

// "desde que tenham sido autorizados por um usuário com perfil administrador ou pelo proprietário"
// (pipeline-client-feed.pt.txt): the rule comes from the step type's declaration, not from a list of types here.
describe('steps whose type requires an authority', () => {
  it('refuses an active client-feed post to a caller without feed:publish, naming the step and the scope', () => {
    const flow = example();
    expect(() => refuseUnauthorisedSteps(flow, machine(['flows:write']), 'save')).toThrow(
      expect.objectContaining({ code: 'forbidden', message: expect.stringContaining(`"${feedPost(flow).name}"`) }),
    );
    expect(() => refuseUnauthorisedSteps(flow, machine(['flows:write']), 'save')).toThrow(/"feed:publish"/);
  });

  it('lets the post through when it is switched off or the caller holds the scope', () => {
    const flow = example();
    expect(() => refuseUnauthorisedSteps(flow, machine(['flows:write', 'feed:publish']), 'save')).not.toThrow();
    feedPost(flow).config['active'] = false;
    expect(() => refuseUnauthorisedSteps(flow, machine(['flows:write']), 'save')).not.toThrow();
  });

  it('asks nothing of a flow without such steps', () => {
    const flow = example();
    flow.nodes = flow.nodes.filter((node) => node.type !== 'publishToClientFeed');
    expect(() => refuseUnauthorisedSteps(flow, machine([]), 'publish')).not.toThrow();
  });

  it("follows the person, not the token: a person's token with feed:publish is refused until an owner or admin grants it", () => {
    const flow = example();
    expect(() => refuseUnauthorisedSteps(flow, person(false), 'save')).toThrow(
      expect.objectContaining({ code: 'forbidden', message: expect.stringMatching(/^Ana Lima is not authorised to publish to the client feed .*ask an owner or an admin for the grant\.$/) }),
    );
    expect(() => refuseUnauthorisedSteps(flow, person(true), 'save')).not.toThrow();
  });

  it("switches the post off on import for a person without the grant, and says who lacks what", () => {
    const flow = example();
    const plan = { flows: [{ name: flow.name, targetId: flow.id, document: flow }] } as unknown as ImportPlan;
    const warnings = applyStepAuthority(plan, person(false));
    expect(feedPost(flow).config['active']).toBe(false);
    expect(warnings).toEqual([expect.objectContaining({ code: 'FEED_STEP_DEACTIVATED', nodeId: feedPost(flow).id, message: expect.stringContaining('Ana Lima is not authorised to publish to the client feed') })]);
  });
});
