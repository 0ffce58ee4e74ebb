import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../shared/catalog/labels';
import type { ReportItem } from '../../../shared/pack/export/export-report';
import { createFlow } from '../../../shared/catalog/create-flow';
import { findStepType } from '../../../shared/catalog/registry';
import { EXPORT_FIXTURES, exportFlows, readFlows } from '../../../test/fixtures/export/load-fixtures';
import { reportedItemText } from './host-codes';
import { translatorFor } from './resources';

/** A conversations flow whose message holds an e-mail address and a phone number, and whose team reference carries extra data. */
function flowWithPersonalData() {
  const flow = createFlow({ profile: 'conversations', name: 'Personal' });
  const step = (type: string) => findStepType('conversations', type)!.defaultConfig as Record<string, unknown>;
  flow.nodes.push(
    { id: 'say', type: 'sendMessage', name: 'Say', position: { x: 0, y: 200 }, config: { ...step('sendMessage'), text: 'Write to ana@example.com or call +1 415 555 0142.' } },
    { id: 'give', type: 'assignTo', name: 'Give', position: { x: 0, y: 400 }, config: { ...step('assignTo'), mode: 'team', team: { $ref: 'team', id: 'team_1', name: 'Sales', members: 12 } } },
  );
  return flow;
}

// Each flow exported on its own (they have different profiles).
const items: ReportItem[] = [...readFlows(EXPORT_FIXTURES), flowWithPersonalData()].flatMap((flow) => {
  const report = exportFlows([flow]).report;
  return report ? [...report.items, ...report.kept] : [];
});
const coded = items.filter((item) => item.value !== undefined);

describe('export report items that are not whole references, in the UI’s language', () => {
  it('cover personal data, deactivated steps and extra data of a reference', () => {
    expect(new Set(coded.map((item) => item.value!.code))).toEqual(new Set(['emailAddress', 'phoneNumber', 'step', 'extraData']));
  });

  it('read in English as the CLI prints them', async () => {
    const en = await translatorFor('en');
    for (const item of items) expect(reportedItemText(item, en, 'en')).toBe(item.what);
  });

  it.each(['pt-BR', 'es'] as const satisfies readonly Locale[])('read in %s with no English words', async (locale) => {
    const t = await translatorFor(locale);
    for (const item of coded) {
      const text = reportedItemText(item, t, locale);
      expect(text).not.toMatch(/ step$|extra data|e-mail address|phone number|reference/);
      expect(text).not.toContain('reportedValue');
    }
  });
});
