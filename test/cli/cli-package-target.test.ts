import { describe, expect, it } from 'vitest';
import { nodeTargetOf } from '../../scripts/cli-package';

describe('the standalone CLI bundle targets the oldest Node the project supports', () => {
  it.each([
    ['>=20.19', 'node20.19'],
    ['>= 22', 'node22'],
    ['^20.19 || >=22.12.0', 'node20.19'],
    ['>=22.12.0 <25', 'node22.12.0'],
  ])('engines %s builds for %s', (engines, target) => {
    expect(nodeTargetOf(engines)).toBe(target);
  });

  it('refuses engines that name no version', () => {
    expect(() => nodeTargetOf('*')).toThrow(/names no Node version/);
    expect(() => nodeTargetOf(undefined)).toThrow(/names no Node version/);
  });
});
