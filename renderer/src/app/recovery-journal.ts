import { textFingerprint } from './text-fingerprint';

/** What the journal needs to know of one open document. */
export interface JournalDocument {
  path: string;
  /** Unsaved changes exist (read-only documents are never dirty). */
  dirty: boolean;
  /**
   * The content's identity: in an immutable store a new object means new content, so the
   * journal serialises only documents that changed since its last look.
   */
  content: object;
  /** The text to journal (the canonical serialisation). */
  text(): string;
}

export interface RecoveryJournalOptions {
  /** The open documents, read on every tick. */
  documents: () => readonly JournalDocument[];
  write: (path: string, text: string) => Promise<void>;
  discard: (path: string) => Promise<void>;
  /** How often to look; the issue asks for "every few seconds". */
  intervalMs?: number;
}

export interface RecoveryJournal {
  start(): void;
  stop(): void;
  /** Journals now (the timer calls it; tests and quitting may too). */
  flush(): Promise<void>;
}

/** The default journal interval: at most three seconds of typing is lost to a crash. */
export const RECOVERY_INTERVAL_MS = 3000;

/**
 * Journals unsaved edits through `recovery:write` so a crash or a killed host loses at most
 * one interval of work. A document is written only when its text changed since the last
 * entry; once it is saved (or closed clean) its entry is discarded. Entries this session did
 * not write (left by a previous run and not yet restored or discarded) are never touched.
 */
export function createRecoveryJournal(options: RecoveryJournalOptions): RecoveryJournal {
  const intervalMs = options.intervalMs ?? RECOVERY_INTERVAL_MS;
  // Fingerprints, not texts: a large flow's journal text is megabytes, kept for every dirty tab.
  const written = new Map<string, string>();
  const lastContent = new Map<string, object>();
  let timer: ReturnType<typeof setInterval> | null = null;
  let running: Promise<void> | null = null;

  const journal = async () => {
    const dirty = new Set<string>();
    for (const doc of options.documents()) {
      if (!doc.dirty) continue;
      dirty.add(doc.path);
      if (lastContent.get(doc.path) === doc.content) continue;
      const text = doc.text();
      const fingerprint = textFingerprint(text);
      if (written.get(doc.path) !== fingerprint) {
        try {
          await options.write(doc.path, text);
          written.set(doc.path, fingerprint);
        } catch {
          // Left unrecorded, so the next tick tries again.
          continue;
        }
      }
      lastContent.set(doc.path, doc.content);
    }
    for (const path of [...written.keys()]) {
      if (dirty.has(path)) continue;
      try {
        await options.discard(path);
        written.delete(path);
        lastContent.delete(path);
      } catch {
        // Kept, so the next tick tries again; a stale entry only means one extra question at start.
      }
    }
  };

  const flush = () => {
    // One pass at a time: a slow write must not overlap the next tick's write of the same file.
    running ??= journal().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    start() {
      if (timer === null) timer = setInterval(() => void flush(), intervalMs);
    },
    stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
    },
    flush,
  };
}
