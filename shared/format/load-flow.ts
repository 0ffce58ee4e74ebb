import type { Diagnostic } from './diagnostic';
import { FLOW_MIGRATIONS } from './flow-migrations';
import { FLOW_FORMAT, FLOW_VERSION, flowSchema } from './flow-schema';
import type { Flow } from './flow-schema';
import { isRecord } from './json-paths';
import { migrate } from './migrations';
import { diagnostic } from '../validation/messages';
import { validate } from '../validation/validator';
import type { ValidationContext } from '../validation/validator';

export interface LoadedFlow {
  /** The document with defaults filled in, when it is structurally a flow (it may still have errors). */
  flow: Flow | undefined;
  diagnostics: Diagnostic[];
}

/**
 * Loading is parse -> migrate -> validate: `value` is parsed JSON; older versions are
 * migrated step by step; a version newer than this build is refused with FORMAT_TOO_NEW
 * rather than read half-understood.
 */
export function loadFlow(value: unknown, context?: ValidationContext): LoadedFlow {
  let document = value;
  if (isRecord(value) && value.format === FLOW_FORMAT) {
    const migrated = migrate(value, FLOW_MIGRATIONS, FLOW_VERSION);
    if (migrated.ok) {
      document = migrated.document;
    } else if (migrated.reason === 'too-old') {
      const detail = `version ${migrated.version} is older than any this build can migrate`;
      return { flow: undefined, diagnostics: [diagnostic('error', 'FORMAT_INVALID', { where: 'version', detail }, { path: ['version'] })] };
    }
    // 'too-new' and 'no-version' are reported by the validator with the rest.
  }
  const diagnostics = validate(document, context);
  const structure = flowSchema.safeParse(document);
  return { flow: structure.success ? structure.data : undefined, diagnostics };
}

