import { describe, expect, it } from 'vitest';
import { ACTIONS, keysOf } from '../../../shared/host/actions';
import { translatorFor } from '../i18n/resources';
import { shortcutRows } from './shortcut-list';

describe('the keyboard shortcut list', () => {
  it('lists every action that has a key, with its keys, in the registry\'s order', async () => {
    const rows = shortcutRows(await translatorFor('en'), 'other');
    expect(rows.map((row) => row.name)).toEqual(ACTIONS.filter((action) => keysOf(action, 'other').length > 0).map((action) => action.name));
    // The Help menu's folders have no key: a list of shortcuts has nothing to say of them.
    expect(rows.map((row) => row.name)).not.toContain('openLogsFolder');
    expect(rows.find((row) => row.name === 'fitView')).toEqual({ name: 'fitView', label: 'Fit view', keys: ['Shift+1'] });
    expect(rows.find((row) => row.name === 'redo')?.keys).toEqual(['Ctrl+Shift+Z', 'Ctrl+Y']);
  });

  it('speaks the UI\'s language and shows the keys of the platform', async () => {
    const rows = shortcutRows(await translatorFor('es'), 'mac');
    expect(rows.find((row) => row.name === 'exportPack')).toEqual({ name: 'exportPack', label: 'Exportar paquete…', keys: ['⌘E'] });
    expect(rows.find((row) => row.name === 'redo')?.keys).toEqual(['⇧⌘Z']);
  });
});
