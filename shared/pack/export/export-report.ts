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
  /** Every value removed or changed (the manifest's `sanitisation`). */
  items: SanitisationItem[];
  /** Personal data left in the pack because the author chose to keep it (the manifest's `kept`). */
  kept: SanitisationItem[];
  /**
   * The value behind each removed item the author may keep (personal data), by the item's
   * index in `items`, for a dialog's "Keep". Shown on the author's screen only: never in a pack.
   */
  keepable: Record<number, string>;
}
