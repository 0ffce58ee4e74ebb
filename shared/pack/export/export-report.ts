import type { Labels } from '../../catalog/labels';
import type { ImportPolicy } from '../../catalog/types';
import type { RefKind } from '../../format/entity-ref';
import type { Profile } from '../../format/profiles';
import type { SanitisationItem } from '../pack-schema';

/** A flow the pack carries, and whether export added it because another flow calls it. */
export interface ExportedFlow {
  id: string;
  name: string;
  /** True for a reusable flow pulled in from the workspace (contact-center dependencies). */
  dependency: boolean;
}

/** Where a reported value is, named for people: the field's label in every language, when the catalog has one. */
export interface ReportField {
  field?: Labels;
}

/** A reference's kind as a code, so each screen words it in its language; `unknown` for a kind this build does not know. */
export type ReportedRefKind = RefKind | 'unknown';

/** An item that is a whole reference carries its kind (`what` holds the English words the CLI prints). */
export interface ReportReference {
  refKind?: ReportedRefKind;
}

/**
 * A value that is not a whole reference, as a code each screen words in its language (`what`
 * keeps the English words the CLI prints): a piece of personal data, a deactivated step (its
 * name in every language), or the extra data a kept reference carried.
 */
export type ReportedValue =
  | { code: 'emailAddress' | 'phoneNumber' }
  | { code: 'step'; step: Labels }
  | { code: 'extraData'; of: ReportedRefKind };

/** An item that is not a whole reference may carry its value's code. */
export interface ReportValue {
  value?: ReportedValue;
}

/** A value export removed, changed or kept, as the report shows it (the manifest holds the item without `field`, `refKind` and `value`). */
export type ReportItem = SanitisationItem & ReportField & ReportReference & ReportValue;

/**
 * A reference to a tenant entity that leaves with the flow as it is (a team's id, a tag's
 * name): the destination must hold that entity, or import does what `onImport` says.
 */
export interface TravellingReference extends ReportField {
  flowId: string;
  flowName: string;
  nodeId?: string;
  nodeName?: string;
  path: (string | number)[];
  kind: RefKind;
  /** How the pack names the entity: its name, else its id or UUID (as cleaned by export). */
  entity: string;
  /** Whether only its name travels (a tag), or its id or UUID too. */
  byName: boolean;
  /** What import does with it on the destination (the profile's import policy). */
  onImport: ImportPolicy;
}

/**
 * What export did, shown before anything is written: the flows the pack holds, every value
 * removed or changed, and every reference that travels. Items name where and what sort of
 * value, never a removed value.
 */
export interface ExportReport {
  packName: string;
  /** The pack's profile; undefined when the flows had none in common. */
  profile: Profile | undefined;
  flows: ExportedFlow[];
  /** Every value removed or changed (the manifest's `sanitisation`). */
  items: ReportItem[];
  /** Personal data left in the pack because the author chose to keep it (the manifest's `kept`). */
  kept: ReportItem[];
  /** References to tenant entities the pack carries, which the destination must hold. */
  travels: TravellingReference[];
  /**
   * The value behind each removed item the author may keep (personal data), by the item's
   * index in `items`, for a dialog's "Keep". Shown on the author's screen only: never in a pack.
   */
  keepable: Record<number, string>;
}
