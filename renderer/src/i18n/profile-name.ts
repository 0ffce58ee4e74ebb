import { ALL_CATALOGS } from '../../../shared/catalog/registry';
import type { Locale } from '../../../shared/locales/locales';

/**
 * A profile as people read it in the UI's language ("Jornadas de marketing"), not its id
 * (`journeys`); an id no catalog knows, as from a newer file or tenant, is shown as it came.
 */
export function profileName(profile: string, locale: Locale): string {
  return ALL_CATALOGS.find((catalog) => catalog.profile === profile)?.labels[locale] ?? profile;
}
