import type { Profile } from '../../format/profiles';
import type { SanitisationItem } from '../pack-schema';

/** A flow the pack carries, and whether export added it because another flow calls it. */
export interface ExportedFlow {
  id: string;
  name: string;
  /** True for a reusable flow pulled in from the workspace (contact-center dependencies). */
  dependency: boolean;
}

/**
 * What export did, shown before anything is written: the flows the pack holds and every
 * value removed or changed. Items name where and what sort of value, never the value.
 */
export interface ExportReport {
  packName: string;
  /** The pack's profile; undefined when the flows had none in common. */
  profile: Profile | undefined;
  flows: ExportedFlow[];
  items: SanitisationItem[];
}
