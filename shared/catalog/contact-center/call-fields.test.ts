import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../format/diagnostic';
import { validate } from '../../validation/validator';
import { promptSummary } from './call-fields';

/** A customer flow: Start, then one Play prompt step with the given prompt. */
function flowPlaying(prompt: unknown) {
  return {
    format: 'flowpack.flow',
    version: 1,
    id: '0f1d2c3b-4a59-4e68-8a7b-9c0d1e2f3a4b',
    name: 'Prompt check',
    profile: 'contact-center',
    kind: 'customer',
    nodes: [
      { id: 'start', type: 'start', name: 'Start', position: { x: 0, y: 0 }, config: {} },
      { id: 'greeting', type: 'playPrompt', name: 'Greeting', position: { x: 280, y: 0 }, config: { prompt } },
    ],
    edges: [{ id: 'e1', source: 'start', sourcePort: 'next', target: 'greeting' }],
  };
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code} ${JSON.stringify(d.path)}`);

describe('prompts', () => {
  it('reports a text-to-speech prompt with blank text as incomplete', () => {
    expect(codes(validate(flowPlaying({ source: 'tts', text: '  ' })))).toEqual([
      'CONFIG_REQUIRED ["nodes",1,"config","prompt","text"]',
    ]);
  });

  it('reports a recorded prompt not chosen yet as a placeholder', () => {
    expect(codes(validate(flowPlaying({ source: 'mediaPrompt', mediaPrompt: { $ref: 'mediaPrompt' } })))).toEqual([
      'REF_PLACEHOLDER ["nodes",1,"config","prompt","mediaPrompt"]',
    ]);
  });

  it('accepts a recorded prompt without any text-to-speech text', () => {
    const mediaPrompt = { $ref: 'mediaPrompt', uuid: '6b8f0d1e-2c3a-4b5d-8e9f-0a1b2c3d4e5f', name: 'Welcome' };
    expect(validate(flowPlaying({ source: 'mediaPrompt', mediaPrompt }))).toEqual([]);
  });

  it('refuses a prompt whose source is neither recorded nor text-to-speech', () => {
    expect(codes(validate(flowPlaying({ source: 'video', text: 'Hello' }))).every((line) => line.startsWith('CONFIG_INVALID'))).toBe(true);
  });

  it('summarises a prompt by its recording name or the start of its text', () => {
    expect(promptSummary({ source: 'mediaPrompt', mediaPrompt: { $ref: 'mediaPrompt', name: 'Welcome' } })).toBe('Welcome');
    expect(promptSummary({ source: 'tts', text: 'Thank you for calling Acme Travel, your call is important to us.' })).toBe(
      '“Thank you for calling Acme Travel, your…”',
    );
    expect(promptSummary({ source: 'tts', text: '' })).toBe('?');
  });
});
