import { describe, expect, it } from 'vitest';
import { fixturePack } from '../../test/fixtures/import/import-fixtures';
import type { Flow } from '../format/flow-schema';
import { createFlow } from '../catalog/create-flow';
import { deployPack } from './deploy-pack';
import { exportPack } from './export/export-pack';

const onboarding = () => fixturePack('pipeline-onboarding').flows[0] as unknown as Flow;

describe('deployPack: what a push of workspace flows sends', () => {
  it('sends the flows as their files hold them: sender, author and attachments, the e-mail active, nothing listed as sanitised', () => {
    const flow = onboarding();
    const { pack, diagnostics } = deployPack([flow], { name: 'Push', generator: 'flowpack-test' });
    expect(diagnostics).toEqual([]);
    expect(pack!.flows).toEqual([flow]);
    expect(pack!.manifest.sanitisation).toEqual([]);
  });

  it('while export of the same flow, a template to share, removes the sender and switches the e-mail off', () => {
    const { pack } = exportPack([onboarding()], { name: 'Template', generator: 'flowpack-test' });
    const email = (pack!.flows[0] as unknown as Flow).nodes.find((node) => node.id === 'welcome-email')!.config;
    expect(email.sender).toBeUndefined();
    expect(email.active).toBe(false);
    expect(pack!.manifest.sanitisation.length).toBeGreaterThan(0);
  });

  it('sends a flow with problems to finish: the tenant’s plan says what refuses and what is left to configure', () => {
    const flow = onboarding();
    flow.nodes.find((node) => node.id === 'welcome-email')!.config.subject = '';
    expect(deployPack([flow], { name: 'Push', generator: 'flowpack-test' }).pack).toBeDefined();
  });

  it('refuses flows of two profiles, sending nothing', () => {
    const result = deployPack([onboarding(), createFlow({ profile: 'conversations', name: 'Other' })], { name: 'Push', generator: 'flowpack-test' });
    expect(result.pack).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['PACK_PROFILE_MIXED']);
  });
});
