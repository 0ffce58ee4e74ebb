import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const RENDERER_SRC = new URL('../../renderer/src', import.meta.url).pathname;

/** Every static import, re-export and dynamic `import()` of a module, as TypeScript reads them (comments aside). */
const specifiers = (text: string): string[] => ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    // Tests may reach across folders to build fixtures; only product code makes the layering.
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The top folder of renderer/src a path lies in (`.` for the entry files beside the folders). */
function folderOf(path: string): string {
  const parts = relative(RENDERER_SRC, path).split(sep);
  return parts.length > 1 ? parts[0]! : '.';
}

/** Folder → the folders its modules import (relative imports that stay inside renderer/src). */
export function folderGraph(root = RENDERER_SRC): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(root)) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      if (relative(root, target).startsWith('..')) continue;
      const to = folderOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Each cycle of the graph once, as the folders along it (`a → b → a`). */
export function folderCycles(graph: Map<string, Set<string>>): string[] {
  const cycles = new Set<string>();
  const visit = (path: string[]) => {
    const last = path[path.length - 1]!;
    for (const next of graph.get(last) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) {
        const loop = path.slice(at);
        // Rotate so the same cycle found from another start is named once.
        const start = loop.indexOf([...loop].sort()[0]!);
        const named = [...loop.slice(start), ...loop.slice(0, start)];
        cycles.add([...named, named[0]].join(' → '));
      } else visit([...path, next]);
    }
  };
  for (const folder of graph.keys()) visit([folder]);
  return [...cycles].sort();
}

describe('the folders of renderer/src form layers: no folder imports one that imports it back', () => {
  it('has no import cycle between folders', () => {
    expect(folderCycles(folderGraph())).toEqual([]);
  });

  it('names a cycle it finds', () => {
    const graph = new Map([
      ['app', new Set(['library'])],
      ['library', new Set(['ui', 'app'])],
      ['ui', new Set<string>()],
    ]);
    expect(folderCycles(graph)).toEqual(['app → library → app']);
  });

  it('the UI kit imports no feature folder', () => {
    expect([...(folderGraph().get('ui') ?? [])].filter((to) => !['i18n', 'host'].includes(to))).toEqual([]);
  });
});
