import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createFlow } from '../create-flow';
import { REF_KINDS } from '../../format/entity-ref';
import { validate } from '../../validation/validator';
import { contactCenterCatalog } from './profile';

describe('contact-center catalog', () => {
  it('declares every step type once, with exactly one Start trigger', () => {
    const types = contactCenterCatalog.types.map((step) => step.type);
    expect(new Set(types).size).toBe(types.length);
    expect(contactCenterCatalog.types.filter((step) => step.role === 'trigger').map((step) => step.type)).toEqual(['start']);
    expect(contactCenterCatalog.triggers).toEqual({ min: 1, max: 1 });
  });

  it.each(contactCenterCatalog.types.map((step) => [step.type, step] as const))(
    'a new %s step starts with a config its own schema accepts',
    (_type, step) => {
      expect(step.config.safeParse(step.defaultConfig).success).toBe(true);
      expect(() => z.toJSONSchema(step.config, { target: 'draft-2020-12' })).not.toThrow();
    },
  );

  it.each(['customer', 'reusable'] as const)('a new %s flow holds only Start and validates with no diagnostics', (kind) => {
    const flow = createFlow({ profile: 'contact-center', kind, name: 'New flow', id: '1a3f6c52-5a0e-4d3b-9f43-6f2d1c0b7e11' });
    expect(flow.nodes.map((node) => node.type)).toEqual(['start']);
    expect(flow.edges).toEqual([]);
    expect(validate(flow)).toEqual([]);
  });

  it('keeps contact-center entities for linking by UUID and never exports people or attachments', () => {
    for (const kind of ['queue', 'mediaPrompt', 'dispositionList', 'reasonList', 'schedule'] as const) {
      expect(contactCenterCatalog.refDefaults[kind]).toEqual({ export: 'keep', import: 'linkByUuid' });
    }
    expect(contactCenterCatalog.refDefaults.flow).toEqual({ export: 'keep', import: 'link' });
    for (const kind of ['user', 'contact', 'attachment'] as const) expect(contactCenterCatalog.refDefaults[kind].export).toBe('strip');
    expect(Object.keys(contactCenterCatalog.refDefaults).sort()).toEqual([...REF_KINDS].sort());
  });

  // contact-center-import.en.txt: an exported flow "does not provide you with the actual entity (such as a media prompt)
  // but does include the universal unique identifier (UUID) for it".
  it('links every declared entity by UUID on import, keeping a UUID the tenant lacks; a called flow by its id', () => {
    const policies = contactCenterCatalog.types.flatMap((step) => step.references.map((ref) => `${ref.kinds.join()}:${ref.export}/${ref.import}`));
    expect(new Set(policies.filter((policy) => !policy.startsWith('flow:')).map((policy) => policy.split(':')[1]))).toEqual(new Set(['keep/linkByUuid']));
    expect(new Set(policies.filter((policy) => policy.startsWith('flow:')))).toEqual(new Set(['flow:keep/link']));
  });

  it('blocks export of a flow only for the script notation', () => {
    const blocking = contactCenterCatalog.types.filter((step) => step.exportRules?.block).map((step) => step.type);
    expect(blocking).toEqual(['script']);
  });

  it('ends a flow at End without any way out', () => {
    const end = contactCenterCatalog.types.find((step) => step.type === 'end')!;
    expect(end.ports(end.defaultConfig)).toEqual([]);
  });
});
