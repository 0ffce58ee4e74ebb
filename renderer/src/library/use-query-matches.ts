import { useEffect, useState } from 'react';
import { searchWords } from '../../../shared/text/search-words';
import { hostClient } from '../host/host-client';
import type { QueryMatches } from './library-filter';

/** Typing pauses this long before the host is asked, so a burst of keys is one search. */
const SEARCH_PAUSE_MS = 120;

interface Answer {
  query: string;
  matches: QueryMatches;
}

/**
 * The host's answer to the library's search box for `query`, asked again whenever `listing`
 * (the workspace snapshot) changes; an answer to an older query is dropped.
 *
 * @remarks
 * While the host works on a query that only extends the one last answered (typing on), the
 * last answer stands in: it holds every flow the new one can match, so the tree narrows as
 * the person types instead of flickering. For any other query there is no answer until the
 * host's arrives (the library then matches names and descriptions); a failed search leaves
 * none either.
 */
export function useQueryMatches(query: string, listing: unknown): QueryMatches {
  const [answer, setAnswer] = useState<Answer>({ query: '', matches: undefined });
  const blank = searchWords(query).length === 0;

  useEffect(() => {
    if (blank) return;
    let current = true;
    const timer = setTimeout(() => {
      hostClient.call('workspace:search', { query }).then(
        ({ paths }) => current && setAnswer({ query, matches: new Set(paths) }),
        () => current && setAnswer({ query, matches: undefined }),
      );
    }, SEARCH_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, blank, listing]);

  if (blank || answer.query === '' || !query.startsWith(answer.query)) return undefined;
  return answer.matches;
}
