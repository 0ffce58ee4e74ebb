import { canonicalStringify } from '../../format/canonical-json';
import type { KeyOrder } from '../../format/canonical-json';
import { flowKeyOrder } from '../../format/flow-file';
import { flowTestKeyOrder } from '../../runtime/flow-test-file';
import { entityDeclarationsSchema } from '../../format/flow-schema';
import { packManifestSchema, packSchema, packSignatureSchema, sanitisationItemSchema } from '../pack-schema';
import type { Pack } from '../pack-schema';

const ORDER = {
  pack: Object.keys(packSchema.shape),
  manifest: Object.keys(packManifestSchema.shape),
  item: Object.keys(sanitisationItemSchema.shape),
  entities: Object.keys(entityDeclarationsSchema.shape),
  signature: Object.keys(packSignatureSchema.shape),
} satisfies Record<string, KeyOrder>;

/**
 * Key order for an object at `path` inside a pack: the pack's own objects in the order the
 * format declares their fields, each flow exactly as its own file would be written.
 */
export function packKeyOrder(path: readonly (string | number)[]): KeyOrder | undefined {
  const [first, second] = path;
  if (first === 'flows' && typeof second === 'number') return flowKeyOrder(path.slice(2));
  // Each test file exactly as its own file would be written.
  if (first === 'tests' && typeof second === 'number') return flowTestKeyOrder(path.slice(2));
  switch (path.length) {
    case 0:
      return ORDER.pack;
    case 1:
      return first === 'manifest' ? ORDER.manifest : first === 'entities' ? ORDER.entities : first === 'signature' ? ORDER.signature : undefined;
    case 3:
      return first === 'manifest' && (second === 'sanitisation' || second === 'kept') ? ORDER.item : undefined;
    default:
      return undefined;
  }
}

/** The canonical file text of a pack (see docs/FORMAT.md, "Canonical serialisation"). */
export function serializePack(pack: Pack): string {
  return canonicalStringify(pack, packKeyOrder);
}
