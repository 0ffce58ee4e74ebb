import type { JsonPath } from '../../format/entity-ref';
import { removeUrlSecrets } from './url-secrets';

/**
 * Keys whose value is a secret whatever holds them. Extension data has no schema to mark
 * its secrets, so these names are the one signal there is.
 */
const SECRET_KEY = /^(password|passwd|pwd|secret|client[_-]?secret|token|access[_-]?token|refresh[_-]?token|api[_-]?key|apikey|authorization|private[_-]?key|credentials?)$/i;

type Remove = (path: JsonPath) => void;
type Replace = (path: JsonPath, value: unknown) => void;
type Report = (path: JsonPath, what: string) => void;

interface Frame {
  value: unknown;
  key: string | number | undefined;
  parent: Frame | undefined;
}

/**
 * Removes tokens and credentials from every URL in every string of `root` (see
 * {@link removeUrlSecrets}). Paths are built only for the strings that change: this walk
 * visits every value of every flow in a pack.
 */
export function removeUrlSecretsEverywhere(root: unknown, replace: Replace, record: Report): void {
  const stack: Frame[] = [{ value: root, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const value = frame.value;
    if (typeof value === 'string') {
      const cleaned = removeUrlSecrets(value);
      if (!cleaned) continue;
      const path = pathOf(frame);
      replace(path, cleaned.text);
      if (cleaned.credentials) record(path, 'credentials in a URL');
      for (const name of cleaned.parameters) record(path, `token in a URL (${truncate(name, 60)} parameter)`);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    // Only objects and strings that can hold a URL are worth a frame.
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) if (worthVisiting(value[index])) stack.push({ value: value[index], key: index, parent: frame });
    } else {
      for (const key of Object.keys(value)) {
        const item = (value as { [key: string]: unknown })[key];
        if (worthVisiting(item)) stack.push({ value: item, key, parent: frame });
      }
    }
  }
}

function pathOf(frame: Frame): JsonPath {
  const keys: JsonPath = [];
  for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent) keys.push(f.key);
  return keys.reverse();
}

/** Removes members named like secrets ({@link SECRET_KEY}) anywhere inside extension data. */
export function removeSecretKeys(root: unknown, base: JsonPath, remove: Remove, record: Report): void {
  const stack: Frame[] = [{ value: root, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const value = frame.value;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) stack.push({ value: value[index], key: index, parent: frame });
      continue;
    }
    for (const key of Object.keys(value)) {
      const item = (value as { [key: string]: unknown })[key];
      if (SECRET_KEY.test(key) && item !== null && item !== '' && item !== undefined) {
        const path = [...base, ...pathOf(frame), key];
        remove(path);
        record(path, 'secret value');
      } else if (item !== null && typeof item === 'object') {
        stack.push({ value: item, key, parent: frame });
      }
    }
  }
}

function worthVisiting(value: unknown): boolean {
  return typeof value === 'string' ? value.includes('://') : value !== null && typeof value === 'object';
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
