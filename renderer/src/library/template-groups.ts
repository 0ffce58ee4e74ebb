import { PROFILES } from '../../../shared/format/profiles';
import type { Profile } from '../../../shared/format/profiles';
import type { Template } from '../../../shared/templates/template';
import { containsAllWords, foldForSearch, searchWords } from '../../../shared/text/search-words';

/** The templates of one profile, as the gallery shows them. */
export interface TemplateGroup {
  profile: Profile;
  templates: Template[];
}

/**
 * The gallery's content: templates matching every word of `query` (in name or description,
 * ignoring case and accents), grouped by profile in the catalog's profile order, built-in
 * templates before the user's own, each by name.
 */
export function groupTemplates(templates: readonly Template[], query: string): TemplateGroup[] {
  const words = searchWords(query);
  const matches = templates.filter((template) => containsAllWords(foldForSearch(`${template.name}\n${template.description}`), words));
  return PROFILES.map((profile) => ({
    profile,
    templates: matches
      .filter((template) => template.profile === profile)
      .sort((a, b) => (a.source === b.source ? a.name.localeCompare(b.name) : a.source === 'builtin' ? -1 : 1)),
  })).filter((group) => group.templates.length > 0);
}
