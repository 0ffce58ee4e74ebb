import { describe, expect, it } from 'vitest';
import { createFlow } from '../create-flow';
import { validate } from '../../validation/validator';
import { conversationsCatalog } from './profile';

const typeIds = conversationsCatalog.types.map((step) => step.type);

describe('conversations profile', () => {
  it('offers every documented trigger and step of a messaging workflow', () => {
    const triggers = conversationsCatalog.types.filter((step) => step.role === 'trigger').map((step) => step.type);
    expect(triggers).toEqual([
      'conversationOpened',
      'conversationClosed',
      'contactTagUpdated',
      'contactFieldUpdated',
      'incomingWebhook',
      'shortcut',
      'manual',
    ]);
    for (const step of ['sendMessage', 'askQuestion', 'assignTo', 'unassign', 'branch', 'updateContactField', 'updateTags',
      'openConversation', 'closeConversation', 'addComment', 'httpRequest', 'wait', 'jumpTo', 'triggerWorkflow', 'dateTime']) {
      expect(typeIds).toContain(step);
    }
    expect(new Set(typeIds).size).toBe(typeIds.length);
  });

  it('accepts the default config of every step a user drops on the canvas', () => {
    for (const step of conversationsCatalog.types) {
      expect(step.config.safeParse(step.defaultConfig).success, step.type).toBe(true);
    }
  });

  it('enforces the platform limits: one trigger, 100 steps, 400 KB, 100 workflows', () => {
    expect(conversationsCatalog.triggers).toEqual({ min: 1, max: 1 });
    expect(conversationsCatalog.limits).toEqual({ maxSteps: 100, maxBytes: 400 * 1024, maxFlows: 100 });
  });

  it('starts a new workflow with a manual trigger alone, which validates without any diagnostic', () => {
    const flow = createFlow({ profile: 'conversations', name: 'New workflow', id: '3b0b6a55-7a35-4d1e-9a53-55d3a4f3c0de' });
    expect(flow.nodes).toEqual([{ id: 'trigger', type: 'manual', name: 'Manual trigger', position: { x: 0, y: 0 }, config: {} }]);
    expect(flow.edges).toEqual([]);
    expect(validate(flow)).toEqual([]);
  });

  // conversations-workflows.es.txt: "si un paso de flujo de trabajo contiene datos como canales, ID de usuario o equipos
  // que no están en el espacio de trabajo, estos valores se eliminarán" (on import).
  it('exports channels and teams with their ids, leaves users (people) out of a shared pack, and removes them on import when the destination lacks them', () => {
    for (const kind of ['channel', 'team'] as const) {
      expect(conversationsCatalog.refDefaults[kind]).toEqual({ export: 'keep', import: 'linkOrRemove' });
    }
    // A deploy still links a user the destination has; a share never carries one unless the author keeps it.
    expect(conversationsCatalog.refDefaults.user).toEqual({ export: 'strip', import: 'linkOrRemove' });
    expect(conversationsCatalog.refDefaults.tag).toEqual({ export: 'byName', import: 'reuseOrCreate' });
    expect(conversationsCatalog.refDefaults.customField).toEqual({ export: 'keep', import: 'matchOrRemove' });
  });

  it('declares every step reference with the same policy the profile applies to its kind', () => {
    for (const step of conversationsCatalog.types) {
      for (const reference of step.references) {
        for (const kind of reference.kinds) {
          const { export: exportPolicy, import: importPolicy } = conversationsCatalog.refDefaults[kind];
          expect({ type: step.type, field: reference.field, export: reference.export, import: reference.import }).toEqual({
            type: step.type,
            field: reference.field,
            export: exportPolicy,
            import: importPolicy,
          });
        }
      }
    }
  });
});
