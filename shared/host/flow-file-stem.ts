/**
 * A file-name stem from a flow name: lower case, accents dropped, anything but letters and
 * digits turned into single dashes (`Boas-vindas à equipe!` -> `boas-vindas-a-equipe`).
 * The library names new flow files with it, and so does pack import on the host.
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
