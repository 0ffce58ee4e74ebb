import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/format/diagnostic';
import { severityLabel } from './diagnostic-text';

const t = ((key: string) => key) as unknown as TFunction;
const finding = (severity: Diagnostic['severity'], code: Diagnostic['code']): Diagnostic => ({ severity, code, message: '' });

describe('the first word of a Problems row', () => {
  it('says "to configure" for an error a person finishes, as the import plan lists it', () => {
    expect(severityLabel(finding('error', 'REF_PLACEHOLDER'), t)).toBe('problems.severity.toConfigure');
    expect(severityLabel(finding('error', 'CONFIG_REQUIRED'), t)).toBe('problems.severity.toConfigure');
  });

  it('says "error" for what makes a flow unusable, and names warnings and notes as such', () => {
    expect(severityLabel(finding('error', 'CONFIG_INVALID'), t)).toBe('problems.severity.error');
    expect(severityLabel(finding('warning', 'NODE_UNREACHABLE'), t)).toBe('problems.severity.warning');
    expect(severityLabel(finding('info', 'IMPORT_KEPT_SECRET'), t)).toBe('problems.severity.info');
  });
});
