import { createContext, useContext } from 'react';
import type { Locale } from '../../../../shared/catalog/labels';
import type { FlowKind, Profile } from '../../../../shared/format/profiles';

/** What every generated field needs besides its own spec. */
export interface FieldContextValue {
  locale: Locale;
  profile: Profile;
  /** Problem messages of this step by config path (`conditions.0.name`). */
  problems: ReadonlyMap<string, string[]>;
  /** Prefix of element ids, unique per form, so labels find their inputs. */
  idPrefix: string;
  /** The kind of flow the flow reference at a config path must name, when the step requires one. */
  flowKindAt?: (path: string) => FlowKind | undefined;
}

export const FieldContext = createContext<FieldContextValue | null>(null);

export function useFieldContext(): FieldContextValue {
  const value = useContext(FieldContext);
  if (!value) throw new Error('A config field was rendered outside a config form');
  return value;
}

/** Problem messages at `path`, or also below it when `nested` (a list shows its items' problems). */
export function problemsAt(problems: ReadonlyMap<string, string[]>, path: string, nested = false): string[] {
  const out = [...(problems.get(path) ?? [])];
  if (nested) for (const [key, messages] of problems) if (key.startsWith(`${path}.`)) out.push(...messages);
  return out;
}

/** An element id for a field path, safe in HTML ids. */
export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
