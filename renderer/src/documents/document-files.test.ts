import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeFlow } from '../../../shared/format/flow-file';
import { updateFlowDetails } from './document-actions';
import { useDocuments } from './documents-store';
import { isDirty } from './open-document';
import { HostCallError } from '../host/host-call-error';
import { checkExternalChange, saveDocument } from './document-files';
import { restoreRecovered } from '../app/recovery-restore';
import { useUi } from '../ui/ui-store';
import { createFlow } from '../../../shared/catalog/create-flow';

// The files on "disk" behind a fake host: path -> { text, revision }.
const disk = new Map<string, { text: string; revision: string }>();
let revisionSeq = 0;
/** When set, every write fails with this error, as a full disk or a denied folder would. */
let writeError: HostCallError | null = null;

vi.mock('../host/host-client', () => ({
  hostClient: {
    call: vi.fn(async (name: string, args: { path: string; text?: string; baseRevision?: string | null }) => {
      const file = disk.get(args.path);
      if (name === 'flow:read') {
        if (!file) throw new HostCallError('NOT_FOUND', 'gone', name);
        return { path: args.path, ...file };
      }
      if (name === 'flow:write') {
        if (writeError !== null) throw writeError;
        if (args.baseRevision === null ? file !== undefined : file?.revision !== args.baseRevision) throw new HostCallError('CONFLICT', 'changed', name);
        const revision = `r${++revisionSeq}`;
        disk.set(args.path, { text: args.text!, revision });
        return { revision };
      }
      return {};
    }),
    on: () => () => {},
  },
}));

// The notices' texts as their key and values, so a test reads what a notice says without a language loaded.
vi.mock('../i18n/i18n', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  translate: (key: string, options?: Record<string, unknown>) => `${key} ${JSON.stringify(options ?? {})}`,
}));

const PATH = 'sales/welcome.flow.json';
const text = (name: string) => serializeFlow(createFlow({ profile: 'conversations', name, id: '7b0f3c9e-5a61-4a43-9f0e-2d2f4b1c8a10', now: new Date('2025-01-01T00:00:00Z') }));
const store = () => useDocuments.getState();
const doc = () => store().docs[PATH]!;

function openFromDisk(name = 'Welcome') {
  disk.set(PATH, { text: text(name), revision: 'r0' });
  store().openDocument({ path: PATH, text: text(name), revision: 'r0' });
}

function changeOnDisk(name: string) {
  disk.set(PATH, { text: text(name), revision: `outside-${name}` });
}

beforeEach(() => {
  disk.clear();
  writeError = null;
  useUi.setState({ dialogs: [], externalChanges: {}, notice: null });
});
afterEach(() => {
  for (const id of [...store().order]) store().closeDocument(id);
});

describe('saving', () => {
  it('writes the canonical text over the revision it read and leaves the tab clean', async () => {
    openFromDisk();
    updateFlowDetails(PATH, { name: 'Welcome back' });
    expect(await saveDocument(PATH)).toBe(true);
    expect(disk.get(PATH)!.text).toBe(serializeFlow(doc().flow));
    expect(isDirty(doc())).toBe(false);
  });

  it('says in the status line that the flow was saved, naming its file', async () => {
    openFromDisk();
    updateFlowDetails(PATH, { name: 'Welcome back' });
    await saveDocument(PATH);
    expect(useUi.getState().notice).toMatchObject({ tone: 'info', text: `notice.saved ${JSON.stringify({ path: PATH })}` });
  });

  it('a save that fails says why, keeps the edit unsaved and never says it was saved', async () => {
    openFromDisk();
    updateFlowDetails(PATH, { name: 'Welcome back' });
    writeError = new HostCallError('IO', 'no space left on the device', 'flow:write');
    expect(await saveDocument(PATH)).toBe(false);
    expect(useUi.getState().notice).toMatchObject({ tone: 'error', text: expect.stringMatching(/^notice\.saveFailed .*no space left on the device/) });
    expect(isDirty(doc())).toBe(true);
    expect(disk.get(PATH)!.text).toBe(text('Welcome'));
  });

  it('never overwrites a file changed on disk since it was read: it asks instead', async () => {
    openFromDisk();
    updateFlowDetails(PATH, { name: 'Mine' });
    changeOnDisk('Theirs');
    expect(await saveDocument(PATH)).toBe(false);
    expect(disk.get(PATH)!.text).toBe(text('Theirs'));
    expect(useUi.getState().dialogs[0]).toMatchObject({ kind: 'conflict', docId: PATH });
    expect(isDirty(doc())).toBe(true);
  });

  it('overwrites after "Keep mine" names the revision now on disk', async () => {
    openFromDisk();
    updateFlowDetails(PATH, { name: 'Mine' });
    changeOnDisk('Theirs');
    expect(await saveDocument(PATH, { baseRevision: 'outside-Theirs' })).toBe(true);
    expect(JSON.parse(disk.get(PATH)!.text).name).toBe('Mine');
  });
});

describe('a file changed on disk by someone else', () => {
  it('reloads a tab without unsaved changes silently', async () => {
    openFromDisk();
    changeOnDisk('Renamed outside');
    await checkExternalChange(PATH);
    expect(doc().flow.name).toBe('Renamed outside');
    expect(useUi.getState().externalChanges[PATH]).toBeUndefined();
  });

  it('keeps unsaved edits and asks with a banner', async () => {
    openFromDisk();
    updateFlowDetails(PATH, { name: 'Mine' });
    changeOnDisk('Theirs');
    await checkExternalChange(PATH);
    expect(doc().flow.name).toBe('Mine');
    expect(useUi.getState().externalChanges[PATH]).toMatchObject({ deleted: false, revision: 'outside-Theirs' });
  });

  it('ignores the echo of its own save', async () => {
    openFromDisk();
    updateFlowDetails(PATH, { name: 'Mine' });
    await saveDocument(PATH);
    updateFlowDetails(PATH, { name: 'Mine, still typing' });
    await checkExternalChange(PATH);
    expect(doc().flow.name).toBe('Mine, still typing');
    expect(useUi.getState().externalChanges[PATH]).toBeUndefined();
  });

  it('says so when the file was deleted, keeping the edits', async () => {
    openFromDisk();
    disk.delete(PATH);
    await checkExternalChange(PATH);
    expect(useUi.getState().externalChanges[PATH]).toEqual({ deleted: true });
    expect(store().docs[PATH]).toBeDefined();
  });
});

describe('restoring journalled edits after a crash', () => {
  it('opens the recovered content as unsaved changes over the file on disk', async () => {
    disk.set(PATH, { text: text('On disk'), revision: 'r7' });
    expect(await restoreRecovered({ path: PATH, text: text('Recovered'), savedAt: '2025-01-01T00:00:00.000Z' })).toBe(true);
    expect(doc().flow.name).toBe('Recovered');
    expect(doc().revision).toBe('r7');
    expect(isDirty(doc())).toBe(true);
  });

  it('recreates a file that no longer exists as a new, unsaved flow', async () => {
    expect(await restoreRecovered({ path: PATH, text: text('Recovered'), savedAt: '2025-01-01T00:00:00.000Z' })).toBe(true);
    expect(doc().revision).toBeNull();
    expect(await saveDocument(PATH)).toBe(true);
    expect(JSON.parse(disk.get(PATH)!.text).name).toBe('Recovered');
  });
});

describe('the recovery journal after a save', () => {
  it('drops the journalled edits of a file once it is saved, so they are not offered again', async () => {
    const { hostClient } = await import('../host/host-client');
    disk.set(PATH, { text: text('On disk'), revision: 'r7' });
    await restoreRecovered({ path: PATH, text: text('Recovered'), savedAt: '2025-01-01T00:00:00.000Z' });
    vi.mocked(hostClient.call).mockClear();
    await saveDocument(PATH);
    expect(vi.mocked(hostClient.call).mock.calls.map(([name, args]) => [name, (args as { path: string }).path])).toContainEqual(['recovery:discard', PATH]);
  });
});
