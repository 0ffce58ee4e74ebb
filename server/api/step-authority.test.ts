import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowSchema } from '../../shared/format/flow-schema';
import type { Flow } from '../../shared/format/flow-schema';
import { refuseUnauthorisedSteps } from './step-authority';

const example = (): Flow =>
  flowSchema.parse(JSON.parse(readFileSync(new URL('../../examples/pipeline/client-onboarding.flow.json', import.meta.url), 'utf8')));

const feedPost = (flow: Flow) => flow.nodes.find((node) => node.type === 'publishToClientFeed')!;

// "desde que tenham sido autorizados por um usuário com perfil administrador ou pelo proprietário"
// (pipeline-client-feed.pt.txt): the rule comes from the step type's declaration, not from a list of types here.
describe('steps whose type requires an authority', () => {
  it('refuses an active client-feed post to a caller without feed:publish, naming the step and the scope', () => {
    const flow = example();
    expect(() => refuseUnauthorisedSteps(flow, ['flows:write'], 'save')).toThrow(
      expect.objectContaining({ code: 'forbidden', message: expect.stringContaining(`"${feedPost(flow).name}"`) }),
    );
    expect(() => refuseUnauthorisedSteps(flow, ['flows:write'], 'save')).toThrow(/"feed:publish"/);
  });

  it('lets the post through when it is switched off or the caller holds the scope', () => {
    const flow = example();
    expect(() => refuseUnauthorisedSteps(flow, ['flows:write', 'feed:publish'], 'save')).not.toThrow();
    feedPost(flow).config['active'] = false;
    expect(() => refuseUnauthorisedSteps(flow, ['flows:write'], 'save')).not.toThrow();
  });

  it('asks nothing of a flow without such steps', () => {
    const flow = example();
    flow.nodes = flow.nodes.filter((node) => node.type !== 'publishToClientFeed');
    expect(() => refuseUnauthorisedSteps(flow, [], 'publish')).not.toThrow();
  });
});
