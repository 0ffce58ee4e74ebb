import type { JsonPath } from '../../format/entity-ref';
import { isSecretKeyName } from './secret-names';
import { scrubText } from './text-scrubber';
import type { KeepList, TextFinding } from './text-scrubber';

type Remove = (path: JsonPath) => void;
type Replace = (path: JsonPath, value: unknown) => void;
type Report = (path: JsonPath, what: string) => void;
type ReportFinding = (path: JsonPath, finding: TextFinding) => void;

interface Frame {
  value: unknown;
  key: string | number | undefined;
  parent: Frame | undefined;
}

/**
 * Removes secrets and personal data from every string under `root` (at `base` in the flow),
 * and the members whose own key holds one: tokens and credentials in URLs, secrets by their
 * form, e-mail addresses and phone numbers ({@link scrubText}). Paths are built only for the
 * strings that change: this walk visits every value of every flow in a pack.
 */
export function scrubStringsEverywhere(root: unknown, base: JsonPath, keep: KeepList, edit: { replace: Replace; remove: Remove }, report: ReportFinding): void {
  if (typeof root === 'string') {
    const scrubbed = scrubText(root, keep);
    if (!scrubbed) return;
    edit.replace(base, scrubbed.text);
    for (const finding of scrubbed.findings) report(base, finding);
    return;
  }
  const stack: Frame[] = [{ value: root, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const value = frame.value;
    if (typeof value === 'string') {
      const scrubbed = scrubText(value, keep);
      if (!scrubbed) continue;
      const path = [...base, ...pathOf(frame)];
      edit.replace(path, scrubbed.text);
      for (const finding of scrubbed.findings) report(path, finding);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) if (worthVisiting(value[index])) stack.push({ value: value[index], key: index, parent: frame });
      continue;
    }
    for (const key of Object.keys(value)) {
      const item = (value as { [key: string]: unknown })[key];
      const scrubbedKey = key.length < 6 ? undefined : scrubText(key, keep);
      if (scrubbedKey && scrubbedKey.findings.some((finding) => !finding.kept)) {
        // A secret or an address used as a key: the member goes, and the report names it by the cleaned key.
        const parentPath = [...base, ...pathOf(frame)];
        edit.remove([...parentPath, key]);
        for (const finding of scrubbedKey.findings) report([...parentPath, scrubbedKey.text], { ...finding, kept: false });
        continue;
      }
      if (scrubbedKey) for (const finding of scrubbedKey.findings) report([...base, ...pathOf(frame), key], finding);
      if (worthVisiting(item)) stack.push({ value: item, key, parent: frame });
    }
  }
}

/** Removes members named like secrets ({@link isSecretKeyName}) anywhere under `root`. */
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
      if (isSecretKeyName(key) && item !== null && item !== '' && item !== undefined) {
        const path = [...base, ...pathOf(frame), key];
        remove(path);
        record(path, 'secret value');
      } else if (item !== null && typeof item === 'object') {
        stack.push({ value: item, key, parent: frame });
      }
    }
  }
}

function pathOf(frame: Frame): JsonPath {
  const keys: JsonPath = [];
  for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent) keys.push(f.key);
  return keys.reverse();
}

/** The shortest thing removed from a string is six characters long (`a@b.co`). */
function worthVisiting(value: unknown): boolean {
  return typeof value === 'string' ? value.length >= 6 : value !== null && typeof value === 'object';
}
