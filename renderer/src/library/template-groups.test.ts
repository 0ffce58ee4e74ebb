import { describe, expect, it } from 'vitest';
import type { Template } from '../../../shared/templates/template';
import { groupTemplates } from './template-groups';

function template(name: string, profile: Template['profile'], source: Template['source'] = 'builtin', description = ''): Template {
  return { id: name, name, description, profile, kind: 'standard', source, text: '{}' };
}

const templates = [
  template('Welcome series', 'journeys'),
  template('Out-of-hours message', 'conversations', 'builtin', 'Tells customers when the team is back'),
  template('My onboarding', 'conversations', 'user'),
  template('Agent routing', 'conversations'),
  template('Sales IVR', 'contact-center'),
];

describe('template gallery', () => {
  it('groups templates by profile in catalog order, built-in first, then by name', () => {
    const groups = groupTemplates(templates, '');
    expect(groups.map((group) => group.profile)).toEqual(['conversations', 'journeys', 'contact-center']);
    expect(groups[0]!.templates.map((t) => t.name)).toEqual(['Agent routing', 'Out-of-hours message', 'My onboarding']);
  });

  it('finds templates by words of their name or description and drops empty groups', () => {
    const groups = groupTemplates(templates, 'team BACK');
    expect(groups).toEqual([{ profile: 'conversations', templates: [templates[1]] }]);
  });
});
