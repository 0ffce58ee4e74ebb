import type { RefKind } from '../../../shared/format/entity-ref';
import type { CatalogSnapshot } from '../../../shared/import/catalog-snapshot';
import { foldForSearch } from '../../../shared/text/search-words';

/** An entity a picker offers ("map to" in an import plan, a reference in the drawer). */
export type PickerEntity = { id: string; name: string; uuid?: string | undefined; /** A flow's kind (customer, reusable...). */ kind?: string | undefined };

/** Entities one picker lists at a time: the first matches by name; typing narrows a catalog of any size. */
export const MAX_LISTED = 200;

const foldedNames = new WeakMap<PickerEntity, string>();

/** An entity's name folded for searching, once per entity object (a catalog is searched at every keystroke). */
function foldedName(entity: PickerEntity): string {
  let folded = foldedNames.get(entity);
  if (folded === undefined) foldedNames.set(entity, (folded = foldForSearch(entity.name)));
  return folded;
}

/**
 * What one picker lists for a search over entities sorted by name: the first `limit` matches
 * (case and accents do not matter: "sao" finds "São Paulo"; a pasted id or UUID finds its
 * entity), with the chosen entity always among them so the picker keeps showing it, and how
 * many matches were left out.
 */
export function pickerOptions<E extends PickerEntity>(entities: readonly E[], query: string, chosenId: string, limit = MAX_LISTED): { listed: E[]; more: number } {
  const typed = query.trim();
  const wanted = foldForSearch(typed);
  const lowered = typed.toLowerCase();
  const matches =
    wanted === '' ? entities : entities.filter((entity) => foldedName(entity).includes(wanted) || entity.id === typed || entity.uuid?.toLowerCase() === lowered);
  const listed = matches.slice(0, limit);
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
    sorted = [...catalogEntities(catalog, kind)].sort((a, b) => a.name.localeCompare(b.name));
    byKind.set(kind, sorted);
  }
  return sorted;
}

/** A catalog's entities of one kind as it lists them (its flows are listed apart from its entities). */
export function catalogEntities(catalog: CatalogSnapshot, kind: RefKind): readonly PickerEntity[] {
  return kind === 'flow' ? catalog.flows : (catalog.entities[kind] ?? []);
}
