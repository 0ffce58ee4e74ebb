import { describe, expect, it } from 'vitest';
import { slugify } from '../../../shared/host/flow-file-stem';
import { folderNameProblem, uniqueFlowPath } from './flow-paths';

describe('file names for new flows', () => {
  it('turns a flow name into a readable file name without accents or punctuation', () => {
    expect(slugify('Boas-vindas à equipe!')).toBe('boas-vindas-a-equipe');
    expect(slugify('  Sales IVR (v2)  ')).toBe('sales-ivr-v2');
    expect(slugify('???')).toBe('flow');
  });

  it('never reuses a path that already exists in the folder', () => {
    const taken = new Set(['sales/welcome.flow.json', 'sales/welcome-2.flow.json']);
    expect(uniqueFlowPath('sales', 'Welcome', taken)).toBe('sales/welcome-3.flow.json');
    expect(uniqueFlowPath('', 'Welcome', taken)).toBe('welcome.flow.json');
  });

  it('refuses folder names that would leave the folder or hide in the state folder', () => {
    expect(folderNameProblem('Sales team')).toBeNull();
    expect(folderNameProblem(' ')).toBe('empty');
    expect(folderNameProblem('a/b')).toBe('invalid');
    expect(folderNameProblem('..')).toBe('invalid');
    expect(folderNameProblem('.flowpack')).toBe('invalid');
  });
});
