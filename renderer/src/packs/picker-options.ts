import type { RefKind } from '../../../shared/format/entity-ref';
import type { CatalogSnapshot } from '../../../shared/import/catalog-snapshot';

/** An entity a "map to" picker offers. */
export type PickerEntity = { id: string; name: string };

/** Entities one picker lists at a time: the first matches by name; typing narrows a catalog of any size. */
export const MAX_LISTED = 200;

/** Case and accents do not matter when searching a name ("sao" finds "São Paulo"). */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * What one picker lists for a search over entities sorted by name: the first {@link MAX_LISTED}
 * matches, with the chosen entity always among them so the picker keeps showing it, and how
 * many matches were left out.
 */
export function pickerOptions(entities: readonly PickerEntity[], query: string, chosenId: string): { listed: PickerEntity[]; more: number } {
  const wanted = folded(query.trim());
  const matches = wanted === '' ? entities : entities.filter((entity) => folded(entity.name).includes(wanted));
  const listed = matches.slice(0, MAX_LISTED);
  const chosen = chosenId === '' || listed.some((entity) => entity.id === chosenId) ? undefined : entities.find((entity) => entity.id === chosenId);
  return { listed: chosen ? [chosen, ...listed] : listed, more: matches.length - listed.length };
}

const sortedByCatalog = new WeakMap<CatalogSnapshot, Map<RefKind, readonly PickerEntity[]>>();

/** A catalog's entities of one kind sorted by name, sorted once per catalog for every picker of that kind. */
export function sortedEntities(catalog: CatalogSnapshot, kind: RefKind): readonly PickerEntity[] {
  let byKind = sortedByCatalog.get(catalog);
  if (!byKind) sortedByCatalog.set(catalog, (byKind = new Map()));
  let sorted = byKind.get(kind);
  if (!sorted) {
    const list: readonly PickerEntity[] = kind === 'flow' ? catalog.flows : (catalog.entities[kind] ?? []);
    sorted = [...list].sort((a, b) => a.name.localeCompare(b.name));
    byKind.set(kind, sorted);
  }
  return sorted;
}
