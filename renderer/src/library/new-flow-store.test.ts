import { describe, expect, it } from 'vitest';
import { createFlow } from '../../../shared/catalog/create-flow';
import { serializeFlow } from '../../../shared/format/flow-file';
import type { Flow } from '../../../shared/format/flow-schema';
import type { Template } from '../../../shared/templates/template';
import { createNewFlowStore } from './new-flow-store';
import type { DuplicateSource } from './new-flow-store';

const welcome = createFlow({ profile: 'conversations', name: 'Welcome', id: '7b0f3c9e-5a61-4a43-9f0e-2d2f4b1c8a10', now: new Date('2025-01-01T00:00:00Z') });
const template: Template = { id: 'onboarding', name: 'Onboarding', description: '', profile: 'conversations', kind: 'standard', source: 'builtin', text: serializeFlow(welcome) };
const source: DuplicateSource = { path: 'sales/welcome.flow.json', name: 'Welcome', read: async () => welcome };

/** A New flow dialog whose writes are recorded instead of reaching the disk. */
function newFlowDialog(opened = { profile: 'conversations' as const, folder: 'sales' }) {
  const written: { folder: string; flow: Flow }[] = [];
  const store = createNewFlowStore(
    {
      listTemplates: async () => ({ templates: [template] }),
      createFlowFile: async (folder, flow) => {
        written.push({ folder, flow });
        return `${folder}/${flow.name}.flow.json`;
      },
    },
    opened,
  );
  return { store, written };
}

describe('the New flow dialog workflow', () => {
  it('creates a blank flow of the chosen profile, with its first flow kind, in the chosen folder', async () => {
    const { store, written } = newFlowDialog();
    store.getState().chooseProfile('contact-center');
    store.getState().typeName('  Hotline  ');
    expect(await store.getState().create(null)).toBe(true);
    expect(written).toHaveLength(1);
    expect(written[0]!.folder).toBe('sales');
    expect(written[0]!.flow).toMatchObject({ profile: 'contact-center', kind: 'customer', name: 'Hotline' });
  });

  it('a flow needs a name: nothing is written without one', async () => {
    const { store, written } = newFlowDialog();
    expect(await store.getState().create(null)).toBe(false);
    expect(store.getState().problem).not.toBeNull();
    expect(written).toEqual([]);
  });

  it('a chosen template suggests its name, and the flow is a copy of it with an id of its own', async () => {
    const { store, written } = newFlowDialog();
    await store.getState().loadTemplates('en');
    store.getState().chooseMode('template', null);
    store.getState().chooseTemplate(store.getState().templates![0]!);
    expect(store.getState().name).toBe('Onboarding');
    await store.getState().create(null);
    expect(written[0]!.flow.name).toBe('Onboarding');
    expect(written[0]!.flow.id).not.toBe(welcome.id);
    expect(written[0]!.flow.nodes).toEqual(welcome.nodes);
  });

  it('a name the user typed is kept when a template or mode is chosen afterwards', async () => {
    const { store } = newFlowDialog();
    store.getState().typeName('My own');
    store.getState().chooseMode('duplicate', source);
    store.getState().chooseTemplate(template);
    expect(store.getState().name).toBe('My own');
  });

  it('Duplicate suggests a copy name and copies the selected flow as the editor shows it', async () => {
    const { store, written } = newFlowDialog();
    store.getState().chooseMode('duplicate', source);
    expect(store.getState().name).not.toBe('');
    expect(store.getState().name).not.toBe('Welcome');
    await store.getState().create(source);
    expect(written[0]!.flow.nodes).toEqual(welcome.nodes);
    expect(written[0]!.flow.id).not.toBe(welcome.id);
  });

  it('templates that cannot be listed say why, and the dialog still creates blank flows', async () => {
    const store = createNewFlowStore(
      { listTemplates: () => Promise.reject(new Error('templates folder unreadable')), createFlowFile: async () => 'x.flow.json' },
      { profile: 'conversations', folder: '' },
    );
    await store.getState().loadTemplates('en');
    expect(store.getState().templatesError).toBe('templates folder unreadable');
    store.getState().typeName('Blank');
    expect(await store.getState().create(null)).toBe(true);
  });

  it('a failed write keeps the dialog open with why', async () => {
    const store = createNewFlowStore(
      { listTemplates: async () => ({ templates: [] }), createFlowFile: () => Promise.reject(new Error('disk full')) },
      { profile: 'conversations', folder: '' },
    );
    store.getState().typeName('Blank');
    expect(await store.getState().create(null)).toBe(false);
    expect(store.getState()).toMatchObject({ problem: 'disk full', busy: false });
  });
});
