import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecoveryJournal } from './recovery-journal';
import type { JournalDocument } from './recovery-journal';

function editableDoc(path: string, text: string): JournalDocument & { edit(next: string): void; save(): void } {
  const doc = {
    path,
    dirty: true,
    content: {} as object,
    text: () => text,
    edit(next: string) {
      text = next;
      doc.content = {};
      doc.dirty = true;
    },
    save() {
      doc.dirty = false;
    },
  };
  return doc;
}

describe('recovery journal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(docs: JournalDocument[]) {
    const write = vi.fn(async (_path: string, _text: string) => {});
    const discard = vi.fn(async (_path: string) => {});
    const journal = createRecoveryJournal({ documents: () => docs, write, discard, intervalMs: 3000 });
    journal.start();
    return { write, discard, journal };
  }

  it('journals unsaved edits within three seconds', async () => {
    const doc = editableDoc('a.flow.json', 'v1');
    const { write } = setup([doc]);
    await vi.advanceTimersByTimeAsync(2999);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(write).toHaveBeenCalledWith('a.flow.json', 'v1');
  });

  it('writes again only when the text changed', async () => {
    const doc = editableDoc('a.flow.json', 'v1');
    const { write } = setup([doc]);
    await vi.advanceTimersByTimeAsync(9000);
    expect(write).toHaveBeenCalledTimes(1);
    doc.edit('v2');
    await vi.advanceTimersByTimeAsync(3000);
    expect(write).toHaveBeenLastCalledWith('a.flow.json', 'v2');
    doc.edit('v2'); // new content object, same text: nothing to write
    await vi.advanceTimersByTimeAsync(3000);
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('never journals documents without unsaved changes', async () => {
    const doc = editableDoc('a.flow.json', 'v1');
    doc.save();
    const { write } = setup([doc]);
    await vi.advanceTimersByTimeAsync(6000);
    expect(write).not.toHaveBeenCalled();
  });

  it('discards its entry once the document is saved', async () => {
    const doc = editableDoc('a.flow.json', 'v1');
    const { discard } = setup([doc]);
    await vi.advanceTimersByTimeAsync(3000);
    doc.save();
    await vi.advanceTimersByTimeAsync(3000);
    expect(discard).toHaveBeenCalledWith('a.flow.json');
    await vi.advanceTimersByTimeAsync(3000);
    expect(discard).toHaveBeenCalledTimes(1);
  });

  it('retries a write that failed on the next tick', async () => {
    const doc = editableDoc('a.flow.json', 'v1');
    const { write } = setup([doc]);
    write.mockRejectedValueOnce(new Error('disk full'));
    await vi.advanceTimersByTimeAsync(6000);
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('stops journalling when stopped', async () => {
    const doc = editableDoc('a.flow.json', 'v1');
    const { write, journal } = setup([doc]);
    journal.stop();
    await vi.advanceTimersByTimeAsync(9000);
    expect(write).not.toHaveBeenCalled();
  });
});
