import type { HostArgs, HostResult } from '../../../shared/host/contract';
import { hostClient } from '../host/host-client';
import type { HostClient } from '../host/host-client';

/** Where export wrote a pack, or that it wrote nothing: cancelled in the Save dialog, or refused after all (with why). */
export type WrittenPack =
  | { cancelled: true }
  | (Omit<HostResult<'pack:exportPreview'>, 'fileName'> & { cancelled: false; savedTo: string | null; workspacePath: string | null });

type ExportArgs = Omit<HostArgs<'pack:exportWrite'>, 'target'>;

/**
 * What the packs feature asks of its host: export, import, the workspace's packs and the keys
 * that sign and check them. Components call these, never the host client.
 */
export function createPackActions(client: HostClient) {
  return {
    listPacks: () => client.call('pack:list', {}),
    /** A workspace pack's text, to open it as a picked file would be. */
    readPackFile: (path: string) => client.call('flow:read', { path }),
    openPack: (source: HostArgs<'pack:open'>['source']) => client.call('pack:open', { source }),
    importPack: (args: HostArgs<'pack:import'>) => client.call('pack:import', args),
    exportPreview: (args: HostArgs<'pack:exportPreview'>) => client.call('pack:exportPreview', args),
    /**
     * Writes the pack. The desktop app's native Save dialog asks where, anywhere on the computer (a pack
     * is made to be shared); elsewhere it goes to `target` in the workspace, never over an existing file.
     */
    async writePack(args: ExportArgs, where: { nativeDialogs: true } | { nativeDialogs: false; target: string }): Promise<WrittenPack> {
      if (where.nativeDialogs) {
        const answer = await client.call('pack:exportSaveAs', args);
        return answer.cancelled ? answer : { ...answer, workspacePath: null };
      }
      const written = await client.call('pack:exportWrite', { ...args, target: where.target });
      return { ...written, cancelled: false, savedTo: written.fullPath, workspacePath: written.written };
    },
    showInFolder: (path: string) => client.call('shell:showInFolder', { path }),
    listSigningKeys: () => client.call('keys:listSigning', {}),
    rememberSigningKey: (args: HostArgs<'keys:rememberSigning'>) => client.call('keys:rememberSigning', args),
    createSigningKey: (args: HostArgs<'keys:createSigning'>) => client.call('keys:createSigning', args),
    forgetSigningKey: (fingerprint: string) => client.call('keys:forgetSigning', { fingerprint }),
    publicKey: (fingerprint: string) => client.call('keys:publicKey', { fingerprint }),
    listTrustedKeys: () => client.call('keys:listTrusted', {}),
    trustKey: (args: HostArgs<'keys:trust'>) => client.call('keys:trust', args),
    forgetTrustedKey: (fingerprint: string) => client.call('keys:forget', { fingerprint }),
    setTrustPolicy: (requireTrusted: boolean) => client.call('keys:setPolicy', { requireTrusted }),
  };
}

export type PackActions = ReturnType<typeof createPackActions>;

/** The packs feature's actions over the application's host client. */
export const packActions: PackActions = createPackActions(hostClient);
