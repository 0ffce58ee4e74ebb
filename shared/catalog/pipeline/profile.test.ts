import { describe, expect, it } from 'vitest';
import { createFlow } from '../create-flow';
import { validate } from '../../validation/validator';
import { pipelineCatalog } from './profile';

describe('pipeline catalog', () => {
  it('accepts every type’s own default config, so a newly dropped step can be saved', () => {
    for (const step of pipelineCatalog.types) {
      expect(step.config.safeParse(step.defaultConfig).success, step.type).toBe(true);
    }
  });

  it('gives every automation an active flag that starts on', () => {
    for (const step of pipelineCatalog.types.filter((type) => type.role === 'step')) {
      expect(step.defaultConfig.active, step.type).toBe(true);
    }
  });

  it('starts a new flow with a lone "card created" trigger that validates without errors', () => {
    const { nodes, edges } = pipelineCatalog.starter('standard');
    expect(nodes.map((node) => [node.id, node.type, node.name])).toEqual([['trigger', 'cardCreated', 'Card created']]);
    expect(edges).toEqual([]);
    const diagnostics = validate(createFlow({ profile: 'pipeline', name: 'New pipeline flow' }));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('lets one flow react to several events', () => {
    expect(pipelineCatalog.triggers).toEqual({ min: 1, max: 50 });
  });

  it('never exports links to users, contacts or other flows found outside declared fields', () => {
    for (const kind of ['user', 'contact', 'flow'] as const) {
      expect(pipelineCatalog.refDefaults[kind], kind).toEqual({ export: 'strip', import: 'remove' });
    }
  });

  it('carries tags by name and creates tags and custom fields missing in the destination', () => {
    expect(pipelineCatalog.refDefaults.tag).toEqual({ export: 'byName', import: 'reuseOrCreate' });
    expect(pipelineCatalog.refDefaults.customField).toEqual({ export: 'keep', import: 'reuseOrCreate' });
  });

  it('labels every type and port in English, Portuguese and Spanish', () => {
    for (const step of pipelineCatalog.types) {
      for (const labels of [step.labels, step.description, ...step.ports(step.defaultConfig).map((port) => port.label)]) {
        expect(Object.values(labels).every((text) => text.trim() !== ''), step.type).toBe(true);
      }
    }
  });
});
