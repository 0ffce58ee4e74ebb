import { describe, expect, it } from 'vitest';
import { flowSchema } from '../format/flow-schema';
import type { Flow } from '../format/flow-schema';
import { BUILTIN_TEMPLATES } from './builtin-templates';
import { configPathText, textsOfFlow, withTexts } from './template-texts';

const flowOf = (id: string): Flow => flowSchema.parse(JSON.parse(BUILTIN_TEMPLATES.find((template) => template.id === id)!.text));
const configKeys = (flow: Flow, stepId: string) => Object.keys(textsOfFlow(flow).steps[stepId]!.config ?? {});

describe('the texts of a template', () => {
  it('are the fields the catalog shows as text, message or list of choices: a question, its choices, its retry message', () => {
    expect(configKeys(flowOf('conversations/csat-survey-http'), 'ask-rating')).toEqual(['question', 'options[0]', 'options[1]', 'options[2]', 'options[3]', 'options[4]', 'invalidAnswerMessage']);
  });

  it('leave out what a machine reads: variable names, option ids and digits, phone numbers, an HTTP body, recipients, values of declared custom fields', () => {
    const csat = flowOf('conversations/csat-survey-http');
    expect(configKeys(csat, 'ask-comment')).toEqual(['question']);
    expect(configKeys(csat, 'post-survey')).toEqual([]);
    const ivr = flowOf('contact-center/sales-ivr');
    expect(configKeys(ivr, 'main-menu')).toEqual(['prompt.text', 'options[0].label', 'options[1].label', 'options[2].label']);
    expect(configKeys(ivr, 'support-desk')).toEqual([]);
    const onboarding = flowOf('pipeline/client-onboarding');
    expect(configKeys(onboarding, 'welcome-email')).toEqual(['subject', 'message']);
    expect(configKeys(onboarding, 'status-in-progress')).toEqual([]);
    expect(configKeys(flowOf('conversations/agent-routing'), 'route')).toEqual(['conditions[0].name', 'conditions[1].name', 'conditions[0].value', 'conditions[1].value']);
  });

  it('go back into the flow at the same paths, leaving everything else as it was', () => {
    const flow = flowOf('contact-center/after-hours');
    const texts = textsOfFlow(flow);
    const changed = withTexts(flow, {
      ...texts,
      name: 'Fuera de horario',
      steps: { ...texts.steps, 'closed-menu': { name: 'Mensaje de cerrado', config: { 'prompt.text': 'Cerrado.', 'options[0].label': 'Emergencias' } } },
    });
    const menu = changed.nodes.find((node) => node.id === 'closed-menu')!;
    expect(changed.name).toBe('Fuera de horario');
    expect(menu.name).toBe('Mensaje de cerrado');
    expect(menu.config).toEqual({ ...flow.nodes.find((node) => node.id === 'closed-menu')!.config, prompt: { source: 'tts', text: 'Cerrado.' }, options: [{ digit: '9', id: 'emergency', label: 'Emergencias' }] });
    expect(changed.edges).toBe(flow.edges);
    expect(flow.name).toBe('After-hours');
  });

  it('are keyed by readable config paths', () => {
    expect(configPathText(['conditions', 1, 'name'])).toBe('conditions[1].name');
    expect(configPathText(['prompt', 'text'])).toBe('prompt.text');
    expect(configPathText(['options', 0])).toBe('options[0]');
  });
});
