import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);

/** The file a relative specifier names, as the bundler resolves it (.ts, .tsx, a folder's index). */
function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

// Static imports and re-exports only: type-only ones are erased and `import()` loads later, on use.
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;

/** Every project module the editor evaluates before its first screen: main.tsx and its static imports. */
function startupModules(): Set<string> {
  const seen = new Set<string>();
  const queue = [resolve(ROOT, 'renderer/src/main.tsx')];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const target = resolveImport(file, specifier!);
      if (target) queue.push(target);
    }
  }
  return new Set([...seen].map((file) => relative(ROOT, file)));
}

// Every module evaluated at start stays in the editor's heap for the whole session (the canvas
// benchmark's heap target, docs/BENCHMARKS.md): what only a tenant or a dialog needs loads then.
describe("the editor's start-up modules", () => {
  const modules = startupModules();

  it('include the editor itself (the walk follows its imports)', () => {
    expect(modules.has('renderer/src/i18n/catalog-text.ts')).toBe(true);
    expect(modules.has('shared/catalog/catalog-texts.ts')).toBe(true);
  });

  it("leave out the tenant API's flow schemas (a flow status is worded without them)", () => {
    const schemas = ['shared/tenant-api/flows.ts', 'shared/tenant-api/lifecycle.ts', 'shared/tenant-api/token-label.ts'];
    expect(schemas.filter((file) => modules.has(file))).toEqual([]);
  });

  it("leave out every other language's texts (catalog, native menus, actions' names): they load with the language", () => {
    // A language is a folder of shared/locales; English is the source and fallback, always there.
    expect(modules.has('shared/locales/en/catalog.ts')).toBe(true);
    expect([...modules].filter((file) => /^shared\/locales\/(?!en\/)[^/]+\//.test(file))).toEqual([]);
    // The registry of every language at once is the Node side's.
    expect(modules.has('shared/locales/all.ts')).toBe(false);
  });

  it("leave out the properties drawer's forms and the Connect dialog's form: they load on first use", () => {
    const forms = ['renderer/src/canvas/properties/NodeProperties.tsx', 'renderer/src/canvas/properties/EdgeProperties.tsx', 'renderer/src/canvas/ConnectForm.tsx'];
    expect(forms.filter((file) => modules.has(file))).toEqual([]);
    expect(modules.has('renderer/src/canvas/properties/PropertiesDrawer.tsx')).toBe(true);
  });

  it('leave out the runtime and every behaviour: the Simulate panel loads them when it is first shown', () => {
    const running = [...modules].filter((file) => file.startsWith('shared/runtime/') || file.endsWith('.run.ts') || file === 'shared/catalog/behaviours.ts');
    expect(running).toEqual([]);
    // The panel is reached from the shell only through a dynamic import.
    expect(modules.has('renderer/src/simulator/SimulatorPanel.tsx')).toBe(false);
    expect(modules.has('renderer/src/simulator/simulator-visibility.ts')).toBe(true);
    // Its English strings come with it.
    expect(modules.has('shared/locales/en/simulator.ts')).toBe(false);
  });
});
