import { decodeStringLiteral, findStringEnd, findValueEnd, skipWhitespace } from './json-text';
import { createPositionIndex } from './text-positions';
import type { TextPosition } from './text-positions';

/** A JSON path from the document root: property names and array indexes. */
export type JsonPath = readonly (string | number)[];

/** Where the members of one object or array start: keys to value offsets, or item offsets. */
type ContainerIndex = { kind: 'object'; values: Map<string, number> } | { kind: 'array'; items: number[] };

/**
 * Returns a function mapping a JSON path to the line and column where that value starts,
 * or where its closest existing ancestor starts when the path goes further than the
 * document (a diagnostic about a missing property points at the object that lacks it).
 *
 * @remarks
 * Nothing is built until the first call, and then only the objects and arrays along the
 * asked paths are indexed (each once), so locating a few diagnostics in a 10 MB file
 * costs a fraction of a full syntax tree. The text must be valid JSON.
 */
export function createLocator(text: string): (path: JsonPath) => TextPosition | undefined {
  const positionOf = createPositionIndex(text);
  const indexes = new Map<number, ContainerIndex | undefined>();
  const indexAt = (offset: number): ContainerIndex | undefined => {
    if (!indexes.has(offset)) indexes.set(offset, indexContainer(text, offset));
    return indexes.get(offset);
  };
  return (path) => {
    let offset = skipWhitespace(text, 0);
    if (offset >= text.length) return undefined;
    for (const segment of path) {
      const container = indexAt(offset);
      const child = container === undefined ? undefined : childOffset(container, segment);
      if (child === undefined) break;
      offset = child;
    }
    return positionOf(offset);
  };
}

function childOffset(container: ContainerIndex, segment: string | number): number | undefined {
  if (container.kind === 'object') return container.values.get(String(segment));
  const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
  return index >= 0 ? container.items[index] : undefined;
}

/** Indexes the members of the object or array starting at `start`; undefined for other values. */
function indexContainer(text: string, start: number): ContainerIndex | undefined {
  const opener = text.charCodeAt(start);
  if (opener === 0x7b) {
    const values = new Map<string, number>();
    let i = skipWhitespace(text, start + 1);
    while (text.charCodeAt(i) === 0x22) {
      const keyEnd = findStringEnd(text, i + 1);
      const key = decodeStringLiteral(text, i, keyEnd);
      const valueStart = skipWhitespace(text, skipWhitespace(text, keyEnd + 1) + 1); // past the ':'
      if (key !== undefined) values.set(key, valueStart);
      i = skipWhitespace(text, findValueEnd(text, valueStart));
      if (text.charCodeAt(i) !== 0x2c) break;
      i = skipWhitespace(text, i + 1);
    }
    return { kind: 'object', values };
  }
  if (opener === 0x5b) {
    const items: number[] = [];
    let i = skipWhitespace(text, start + 1);
    while (i < text.length && text.charCodeAt(i) !== 0x5d) {
      items.push(i);
      i = skipWhitespace(text, findValueEnd(text, i));
      if (text.charCodeAt(i) !== 0x2c) break;
      i = skipWhitespace(text, i + 1);
    }
    return { kind: 'array', items };
  }
  return undefined;
}
