import { describe, expect, it } from 'vitest';
import { SEVEN_DAYS_SECONDS } from '../../common-fields';
import { askQuestion } from './ask-question';

const productInterest = { $ref: 'customField' as const, id: 'product_interest', name: 'Product interest' };

describe('ask a question step', () => {
  it('waits seven days for an answer unless told otherwise, and never longer', () => {
    expect(askQuestion.defaultConfig.timeout).toBe(SEVEN_DAYS_SECONDS);
    expect(askQuestion.config.safeParse({ ...askQuestion.defaultConfig, timeout: SEVEN_DAYS_SECONDS + 1 }).success).toBe(false);
    expect(askQuestion.config.safeParse({ ...askQuestion.defaultConfig, timeout: 3600 }).success).toBe(true);
  });

  it('continues on answered, and falls back on failure and on timeout', () => {
    expect(askQuestion.ports(askQuestion.defaultConfig).map((port) => [port.id, port.role])).toEqual([
      ['answered', 'main'],
      ['failure', 'fallback'],
      ['timeout', 'fallback'],
    ]);
  });

  it('needs at least one distinct choice for a multiple-choice question', () => {
    const question = { ...askQuestion.defaultConfig, question: 'What are you interested in?', answerType: 'multipleChoice' };
    expect(askQuestion.config.safeParse({ ...question, options: [] }).success).toBe(false);
    expect(askQuestion.config.safeParse({ ...question, options: ['Solar', 'Solar'] }).success).toBe(false);
    expect(askQuestion.config.safeParse({ ...question, options: ['Solar', 'Batteries'] }).success).toBe(true);
  });

  it('rejects a variable name later steps could not use as {{name}}', () => {
    expect(askQuestion.config.safeParse({ ...askQuestion.defaultConfig, variable: 'product interest' }).success).toBe(false);
    expect(askQuestion.config.safeParse({ ...askQuestion.defaultConfig, variable: 'productInterest' }).success).toBe(true);
  });

  it('updates the contact field it saves the answer to, which a field trigger hears', () => {
    expect(askQuestion.emits!(askQuestion.defaultConfig)).toEqual([]);
    expect(askQuestion.emits!({ ...askQuestion.defaultConfig, saveTo: productInterest })).toEqual([
      { event: 'contactField.updated', ref: productInterest },
    ]);
  });
});
