import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineStep, field, fieldMeta } from './define';
import { conversationsCatalog } from './conversations/profile';

describe('field', () => {
  it('lets one schema serve as several fields, each with its own label', () => {
    const time = z.string();
    const from = field(time, { label: { en: 'From', 'pt-BR': 'Das', es: 'Desde' }, widget: 'time' });
    const to = field(time, { label: { en: 'To', 'pt-BR': 'Até', es: 'Hasta' }, widget: 'time' });
    expect(fieldMeta(from)?.label.en).toBe('From');
    expect(fieldMeta(to)?.label.en).toBe('To');
    expect(to.safeParse('09:00').success).toBe(true);
  });

  it('labels the opening and closing times of business hours differently', () => {
    const dateTime = conversationsCatalog.types.find((step) => step.type === 'dateTime')!;
    const schedule = (dateTime.config as unknown as { shape: Record<string, z.ZodType> }).shape.schedule!;
    const hours = (schedule as unknown as { _zod: { def: { element: { shape: Record<string, z.ZodType> } } } })._zod.def.element.shape;
    expect([fieldMeta(hours.from!)?.label.en, fieldMeta(hours.to!)?.label.en]).toEqual(['From', 'To']);
  });
});

describe('defineStep', () => {
  it('builds a step type\'s config schema on first use, once', () => {
    let built = 0;
    const step = defineStep({
      type: 'probe',
      role: 'step',
      labels: { en: 'Probe', 'pt-BR': 'Sonda', es: 'Sonda' },
      description: { en: 'Probe', 'pt-BR': 'Sonda', es: 'Sonda' },
      icon: 'code',
      config: () => {
        built++;
        return z.object({ text: z.string() });
      },
      defaultConfig: { text: '' },
      ports: () => [],
      references: [],
    });
    expect(built).toBe(0);
    expect(step.labels.en).toBe('Probe');
    expect(built).toBe(0);
    expect(step.config.safeParse({ text: 'hi' }).success).toBe(true);
    expect(step.config.safeParse({ text: 1 }).success).toBe(false);
    expect(step.config).toBe(step.config);
    expect(built).toBe(1);
  });
});
