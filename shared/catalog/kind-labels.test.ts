import { describe, expect, it } from 'vitest';
import { refKindSchema } from '../format/entity-ref';
import { KIND_LABELS, kindWords } from './kind-labels';

describe('the words for each kind of tenant entity', () => {
  it('are lower-case words, never the identifier, for every kind in every language', () => {
    for (const kind of refKindSchema.options) {
      for (const label of Object.values(KIND_LABELS[kind])) expect(label).toMatch(/^[\p{Ll} ]+$/u);
    }
    expect(kindWords('mediaPrompt')).toBe('media prompt');
  });
});
