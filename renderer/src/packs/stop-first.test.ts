import { describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../../shared/import/catalog-snapshot';
import { offersStopFirst } from './stop-first';

const catalog = (profile: CatalogSnapshot['tenant']['profile'], status: string): Pick<CatalogSnapshot, 'tenant' | 'flows'> => ({
  tenant: { id: 't', name: 'T', profile, limits: {} },
  flows: [{ id: 'f1', name: 'Welcome', kind: 'standard', status }],
});

// conversations-workflows.es.txt: "Para editar un flujo de trabajo publicado, debe detener el flujo de trabajo."
describe('the preview offers "stop, then update"', () => {
  it('for an update of a published conversations workflow only', () => {
    expect(offersStopFirst({ flowId: 'f1', action: 'update' }, catalog('conversations', 'published'))).toBe(true);
    expect(offersStopFirst({ flowId: 'f1', action: 'copy' }, catalog('conversations', 'published'))).toBe(false);
    expect(offersStopFirst({ flowId: 'f1', action: 'update' }, catalog('conversations', 'stopped'))).toBe(false);
    expect(offersStopFirst({ flowId: 'f1', action: 'update' }, catalog('pipeline', 'published'))).toBe(false);
    expect(offersStopFirst({ flowId: 'f2', action: 'update' }, catalog('conversations', 'published'))).toBe(false);
  });
});
