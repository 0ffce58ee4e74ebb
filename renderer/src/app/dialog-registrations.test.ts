import { describe, expect, it } from 'vitest';
import './registrations';
import { dialogComponent } from '../ui/dialog-registry';
import type { DialogKind } from '../ui/dialog-registry';

// Every kind the UI store can be asked to open; a kind added to AppDialog and missing here fails to compile.
const KINDS = {
  newFlow: true,
  closeTab: true,
  conflict: true,
  compare: true,
  recovery: true,
  saveAs: true,
  saveTemplate: true,
  confirmTrash: true,
  newFolder: true,
  moveTo: true,
  exportPack: true,
  importPack: true,
  tenants: true,
  push: true,
  shortcuts: true,
  supportFolder: true,
} satisfies Record<DialogKind, true>;

describe('the dialog registry', () => {
  it('every dialog the editor can open is registered by the feature that owns it', () => {
    const missing = Object.keys(KINDS).filter((kind) => dialogComponent(kind as DialogKind) === undefined);
    expect(missing).toEqual([]);
  });
});
