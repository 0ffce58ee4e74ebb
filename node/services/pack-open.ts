import { readFile, stat } from 'node:fs/promises';
import type { Flow } from '../../shared/format/flow-schema';
import { HostError } from '../../shared/host/host-error';
import { MAX_PACK_BYTES } from '../../shared/host/pack-calls';
import type { PackOpenResult, PackSource, SignatureCheckResult } from '../../shared/host/pack-calls';
import { parseJson } from '../../shared/json/parse-json';
import { loadPack } from '../../shared/pack/load-pack';
import type { Pack } from '../../shared/pack/pack-schema';
import type { TrustedKey } from '../../shared/pack/signature/verify-pack';
import { verifyPack } from '../../shared/pack/signature/verify-pack';
import { toHostError } from './host-fs-errors';
import type { WorkspaceRoot } from './workspace-root';

/** A pack read and checked: what the import dialog shows and what import writes. */
export interface OpenedPack {
  pack: Pack;
  /** The flows that loaded, in pack order. */
  flows: Flow[];
  /** Each loaded flow's validation error count, in the order of `flows`. */
  errorCounts: number[];
  signature: SignatureCheckResult;
  /** Why nothing of this pack can be imported; null when it can. */
  refusal: string | null;
}

const label = (source: PackSource) => ('path' in source ? source.path : source.fileName || 'the pack');

/** The pack's bytes: a workspace file, or the text the renderer read from a picked file. At most 10 MB either way. */
async function readSource(root: WorkspaceRoot, source: PackSource): Promise<Uint8Array> {
  const limit = `${MAX_PACK_BYTES / 1024 / 1024} MB`;
  if ('text' in source) {
    const bytes = Buffer.from(source.text, 'utf8');
    if (bytes.length > MAX_PACK_BYTES) throw new HostError('INVALID_ARGS', `"${label(source)}" is larger than the ${limit} a pack may have`);
    return bytes;
  }
  const absolute = await root.resolve(source.path);
  try {
    const stats = await stat(absolute);
    if (!stats.isFile()) throw new HostError('INVALID_ARGS', `"${source.path}" is not a file`);
    // Checked before reading: an oversized file is refused without being loaded into memory.
    if (stats.size > MAX_PACK_BYTES) throw new HostError('INVALID_ARGS', `"${source.path}" is larger than the ${limit} a pack may have`);
    return await readFile(absolute);
  } catch (error) {
    throw toHostError(error, `cannot read "${source.path}"`);
  }
}

/**
 * Reads and checks a pack: JSON, the pack structure, each flow, and the signature against
 * the keys the user trusts. Anything that is not a pack this version reads is a HostError
 * with one clear sentence; a pack that reads but cannot be imported says why in `refusal`.
 */
export async function openPack(root: WorkspaceRoot, source: PackSource, trustedKeys: readonly TrustedKey[]): Promise<OpenedPack> {
  const name = label(source);
  const parsed = parseJson(await readSource(root, source));
  if (!parsed.ok) throw new HostError('INVALID_ARGS', `"${name}" is not a pack: ${parsed.message}`);
  const loaded = loadPack(parsed.value);
  if (!loaded.pack) {
    const first = loaded.diagnostics[0];
    throw new HostError('INVALID_ARGS', `"${name}" is not a pack this version can read${first ? `: ${first.message}` : ''}`);
  }
  const check = verifyPack(parsed.value as object, trustedKeys);
  const signed = loaded.pack.signature;
  const signature: SignatureCheckResult = { ...check, ...(signed && check.status !== 'tampered' ? { publicKey: signed.publicKey } : {}) };
  const errorCounts = loaded.flows.map(({ index }) => loaded.diagnostics.filter((d) => d.severity === 'error' && d.path?.[1] === index).length);
  return { pack: loaded.pack, flows: loaded.flows.map((entry) => entry.flow), errorCounts, signature, refusal: refusalOf(loaded.pack, loaded.flows) };
}

function refusalOf(pack: Pack, flows: readonly { index: number; flow: Flow }[]): string | null {
  const unreadable = pack.flows.map((_raw, index) => index).filter((index) => !flows.some((entry) => entry.index === index));
  if (unreadable.length > 0) return `flow ${unreadable.map((index) => `#${index + 1}`).join(', ')} of the pack is not a readable flow`;
  const seen = new Set<string>();
  for (const { flow } of flows) {
    if (seen.has(flow.id)) return `two flows of the pack have the id ${flow.id}`;
    seen.add(flow.id);
  }
  return null;
}

/** What the import dialog shows of an opened pack, with the workspace file holding each flow's id. */
export function describeOpenedPack(opened: OpenedPack, locations: ReadonlyMap<string, string>, trustedKeysProblem: string | null = null, requireTrusted = false): PackOpenResult {
  const { manifest } = opened.pack;
  return {
    manifest: {
      name: manifest.name,
      description: manifest.description,
      author: manifest.author,
      profile: manifest.profile,
      createdAt: manifest.createdAt,
      generator: manifest.generator,
      sanitised: manifest.sanitisation.length,
    },
    signature: opened.signature,
    flows: opened.flows.map((flow, index) => ({
      id: flow.id,
      name: flow.name,
      profile: flow.profile,
      kind: flow.kind,
      errors: opened.errorCounts[index] ?? 0,
      collision: locations.get(flow.id) ?? null,
    })),
    refusal: opened.refusal,
    trustedKeysProblem,
    requireTrusted,
  };
}
