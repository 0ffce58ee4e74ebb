import type { HostHandlers } from '../../shared/host/contract';
import type { TrustedKeyEntry } from '../../shared/host/pack-calls';
import { createPackExportHandlers } from './pack-export';
import { importPack } from './pack-import';
import { listWorkspacePacks } from './pack-list';
import { describeOpenedPack, openPack } from './pack-open';
import type { SummaryCache } from './summary-cache';
import type { ChooseSavePath } from './save-dialogs';
import type { SecretBox } from './secret-box';
import { createSigningKeys } from './signing-keys';
import { createTrustedKeyHandlers } from './trusted-keys';
import { flowIdLocations } from './workspace-flows';
import type { WorkspaceRoot } from './workspace-root';

export type PackHandlers = Pick<
  HostHandlers,
  | 'pack:exportPreview'
  | 'pack:exportWrite'
  | 'pack:exportSaveAs'
  | 'pack:list'
  | 'pack:open'
  | 'pack:import'
  | 'keys:listTrusted'
  | 'keys:trust'
  | 'keys:forget'
  | 'keys:listSigning'
  | 'keys:rememberSigning'
  | 'keys:forgetSigning'
  | 'keys:setPolicy'
  | 'keys:createSigning'
  | 'keys:publicKey'
>;

/** What the pack handlers need: the workspace, the app's data folder (trusted and signing keys), the clock and the app's version. */
export interface PackHandlerContext {
  root: WorkspaceRoot;
  summaries: SummaryCache;
  appDataDir: string;
  clock: () => Date;
  appVersion: string;
  /** Seals the signing keys the app keeps. */
  box: SecretBox;
  /** The native Save dialog, in the desktop app. */
  chooseSavePath?: ChooseSavePath | undefined;
}

/**
 * Template packs in the desktop editor: export with a preview of the sanitisation
 * report, open a pack (signature checked against the trusted keys, collisions with workspace
 * flow ids listed), import into a folder with a choice per collision, and the trusted keys.
 */
export function createPackHandlers(context: PackHandlerContext): PackHandlers {
  const { trustedKeys, requiresTrusted, ...keyHandlers } = createTrustedKeyHandlers(context.appDataDir, context.clock);
  // A damaged list of trusted keys must not stop anyone opening or importing a pack: the signature is then
  // checked against no keys (a good one shows as from a key not trusted yet), the dialog says why, and the
  // file is left as it is for the user to fix (the Keys dialog reports it too).
  // The policy lives in the same file; unreadable, it counts as off, as the keys count as none (whoever can damage
  // the file could as well turn the policy off in it), and the dialog says the file is damaged.
  const keysToCheckAgainst = async (): Promise<{ keys: TrustedKeyEntry[]; requireTrusted: boolean; problem: string | null }> => {
    try {
      return { keys: await trustedKeys(), requireTrusted: await requiresTrusted(), problem: null };
    } catch (error) {
      return { keys: [], requireTrusted: false, problem: error instanceof Error ? error.message : String(error) };
    }
  };
  const { privateKey, ...signingKeyHandlers } = createSigningKeys({ appDataDir: context.appDataDir, box: context.box, clock: context.clock });
  return {
    ...createPackExportHandlers({ ...context, keptKey: privateKey }),
    ...keyHandlers,
    ...signingKeyHandlers,

    'pack:list': () => listWorkspacePacks(context.root),

    async 'pack:open'({ source }) {
      const trusted = await keysToCheckAgainst();
      const opened = await openPack(context.root, source, trusted.keys);
      return describeOpenedPack(opened, await flowIdLocations(context.root, context.summaries), trusted.problem, trusted.requireTrusted);
    },

    async 'pack:import'({ source, ...choices }) {
      const trusted = await keysToCheckAgainst();
      const opened = await openPack(context.root, source, trusted.keys);
      const locations = await flowIdLocations(context.root, context.summaries);
      return importPack(context.root, opened, locations, { ...choices, requireTrusted: trusted.requireTrusted }, context.clock);
    },
  };
}
