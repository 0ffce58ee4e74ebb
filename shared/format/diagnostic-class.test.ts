import { describe, expect, it } from 'vitest';
import { classOf, hasRefusingErrors, isToConfigure, refuses, refusingErrors, toConfigure } from './diagnostic-class';

const finding = (severity: 'error' | 'warning' | 'info', code: string) => ({ severity, code });

describe('what refuses an export or import, and what travels to be configured', () => {
  // contact-center-import.en.txt: an import brings "placeholders for each of the configured inputs and entities".
  it('a placeholder, an empty required field and a loop are errors to configure that do not refuse', () => {
    for (const code of ['REF_PLACEHOLDER', 'CONFIG_REQUIRED', 'LOOP_SELF_TRIGGER', 'LOOP_CROSS_FLOW', 'TRIGGER_MISSING']) {
      expect(isToConfigure(finding('error', code)), code).toBe(true);
      expect(refuses(finding('error', code)), code).toBe(false);
    }
  });

  // contact-center-import.en.txt: "A flow that includes the Script notation cannot be exported or imported."
  // conversations-workflows.es.txt: "El archivo no puede exceder los 400 KB" / "más de 100 pasos".
  it('blocked steps, the wrong kind or profile, limits and malformed documents refuse', () => {
    for (const code of ['EXPORT_BLOCKED', 'IMPORT_BLOCKED', 'FLOW_KIND_MISMATCH', 'IMPORT_PROFILE_MISMATCH', 'LIMIT_SIZE', 'LIMIT_STEPS', 'LIMIT_FLOWS', 'FORMAT_INVALID', 'CONFIG_INVALID', 'IMPORT_DECISION_INVALID', 'IMPORT_ORDER_CYCLE']) {
      expect(refuses(finding('error', code)), code).toBe(true);
      expect(isToConfigure(finding('error', code)), code).toBe(false);
    }
  });

  it('a warning never refuses and is never counted as to configure', () => {
    expect(refuses(finding('warning', 'REF_REMOVED'))).toBe(false);
    expect(isToConfigure(finding('warning', 'REF_PLACEHOLDER'))).toBe(false);
  });

  it('a code this build does not know (a newer tenant) refuses, rather than letting an unknown error through', () => {
    expect(classOf('SOMETHING_NEW')).toBe('unusable');
    expect(refuses(finding('error', 'SOMETHING_NEW'))).toBe(true);
  });

  it('splits a list of findings into the two', () => {
    const all = [finding('error', 'REF_PLACEHOLDER'), finding('error', 'LIMIT_SIZE'), finding('warning', 'NODE_UNREACHABLE')];
    expect(refusingErrors(all)).toEqual([all[1]]);
    expect(toConfigure(all)).toEqual([all[0]]);
    expect(hasRefusingErrors([all[0]!, all[2]!])).toBe(false);
  });
});
