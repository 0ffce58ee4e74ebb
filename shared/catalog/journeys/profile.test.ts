import { describe, expect, it } from 'vitest';
import { createFlow } from '../create-flow';
import { validate } from '../../validation/validator';
import { journeysCatalog } from './profile';

describe('journeys catalog', () => {
  it('accepts every type’s own default config, so a newly dropped step can be saved', () => {
    for (const step of journeysCatalog.types) {
      expect(step.config.safeParse(step.defaultConfig).success, step.type).toBe(true);
    }
  });

  it('starts a new journey with a page-visit trigger on any page, which validates with no diagnostics', () => {
    const { nodes, edges } = journeysCatalog.starter('standard');
    expect(nodes.map((node) => [node.id, node.type, node.name, node.config])).toEqual([
      ['trigger', 'pageVisit', 'Page visit', { urlPattern: '/*' }],
    ]);
    expect(edges).toEqual([]);
    expect(validate(createFlow({ profile: 'journeys', name: 'New journey' }))).toEqual([]);
  });

  it('allows exactly one entry trigger per journey', () => {
    expect(journeysCatalog.triggers).toEqual({ min: 1, max: 1 });
  });

  it('matches segments and custom fields on import and never creates them', () => {
    for (const kind of ['segment', 'customField'] as const) {
      expect(journeysCatalog.refDefaults[kind], kind).toEqual({ export: 'keep', import: 'matchOrRemove' });
    }
  });

  it('drops product filters and integrated-form references on export', () => {
    for (const kind of ['product', 'form'] as const) {
      expect(journeysCatalog.refDefaults[kind], kind).toEqual({ export: 'strip', import: 'remove' });
    }
  });

  it('blocks export of a journey holding a custom integration, and of no other step', () => {
    const blocking = journeysCatalog.types.filter((step) => step.exportRules?.block).map((step) => step.type);
    expect(blocking).toEqual(['customIntegration']);
  });

  it('ends a contact’s journey at an end step, which has no way out', () => {
    const end = journeysCatalog.types.find((step) => step.type === 'end')!;
    expect(end.ports(end.defaultConfig)).toEqual([]);
  });
});
