import { FLOW_FILE_SUFFIX } from './workspace-paths';

/**
 * A file-name stem from a flow name: lower case, accents dropped, anything but letters and
 * digits turned into single dashes (`Boas-vindas à equipe!` -> `boas-vindas-a-equipe`).
 * The library names new flow files with it, and so do pack import on the host and `flowpack unpack`.
 * An empty result falls back to `flow`, never to the id, so names read the same wherever they are made.
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'flow' : slug;
}

/**
 * The file name of the `attempt`-th try at a free name for a stem: `welcome.flow.json`, then
 * `welcome-2.flow.json` and so on. An existing file is never replaced: the writer takes the next one.
 */
export function flowFileName(stem: string, attempt: number): string {
  return `${attempt === 1 ? stem : `${stem}-${attempt}`}${FLOW_FILE_SUFFIX}`;
}
