import { triggerBehaviour } from '../../behaviour';
import type { ConfigOf, RunEvent } from '../../behaviour';
import type { pageVisit } from './page-visit';

/** The event the tracked site raises for a page view; `url` is the page's address. */
export const PAGE_VISIT_EVENT = 'page.visited';

/** The page's path and query: what a pattern starting with "/" is matched against. */
function pathOf(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '') || '/';
}

/**
 * Whether `url` matches `pattern`, where `*` stands for any run of characters. A pattern
 * starting with "/" names pages of the tracked site by path; any other is a whole address.
 */
export function pageMatches(pattern: string, url: string): boolean {
  const trimmed = pattern.trim();
  const target = trimmed.startsWith('/') ? pathOf(url) : url;
  const expression = trimmed.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${expression}$`, 'i').test(target);
}

/** Enrols the contact who visits a page whose address matches the trigger's pattern. */
export const pageVisitRun = triggerBehaviour<ConfigOf<typeof pageVisit>>({
  starts: (config, event) => event.event === PAGE_VISIT_EVENT && typeof event.data?.url === 'string' && pageMatches(config.urlPattern, event.data.url),
  sampleEvent: (config): RunEvent => {
    const page = config.urlPattern.trim().replace(/\*/g, '') || '/';
    return { event: PAGE_VISIT_EVENT, data: { url: page.startsWith('/') ? `https://shop.example${page}` : page } };
  },
});
