import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from './placeholders';
import { MESSAGE_TEMPLATES, diagnostic } from '../validation/messages';

describe('placeholders in messages', () => {
  it('fills {{name}} with its value and keeps a placeholder without one visible', () => {
    expect(fillPlaceholders('Step "{{node}}" has {{ count }} paths; {{missing}}', { node: 'Send', count: 2 })).toBe('Step "Send" has 2 paths; {{missing}}');
  });

  it('writes a {{name, format}} placeholder with the format given, plainly without it', () => {
    const formats = { upper: (value: string | number) => String(value).toUpperCase() };
    expect(fillPlaceholders('{{a, upper}} {{b, unknown}}', { a: 'x', b: 'y' }, formats)).toBe('X y');
  });

  it('writes every English diagnostic template in the syntax the UI’s translations use', () => {
    for (const [code, template] of Object.entries(MESSAGE_TEMPLATES)) {
      expect(template.replace(/\{\{[^{}]+\}\}/g, ''), code).not.toMatch(/[{}]/);
    }
  });

  it('renders a diagnostic’s English message from its parameters, a trigger count in words', () => {
    expect(diagnostic('error', 'TRIGGER_MISSING', { profile: 'journeys', min: 1 }).message).toBe('The flow has no trigger; a journeys flow starts with one trigger.');
    expect(diagnostic('error', 'LIMIT_STEPS', { count: 120, profile: 'journeys', max: 100 }).message).toBe('The flow has 120 steps; journeys flows may have at most 100.');
  });
});
