import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Template } from '../../shared/templates/template';
import { builtinTemplatesIn } from '../../shared/templates/templates-in-language';
import { createTemplateHandlers } from './user-templates';
import type { TemplateHandlers } from './user-templates';
import { expectHostError, flowText, makeTempFolder } from './temp-workspace.testing';

const BUILTIN: Template = {
  id: 'conversations/out-of-hours',
  name: 'Out-of-hours message',
  description: '',
  profile: 'conversations',
  kind: 'standard',
  source: 'builtin',
  text: flowText('Out-of-hours message'),
};

describe('templates', () => {
  let appData: string;
  let remove: () => Promise<void>;
  let templates: TemplateHandlers;

  beforeEach(async () => {
    ({ folder: appData, remove } = await makeTempFolder('flowpack-appdata-'));
    templates = createTemplateHandlers(appData, () => [BUILTIN]);
  });
  afterEach(() => remove());

  it('lists the built-in templates when the user has none yet', async () => {
    expect(await templates['templates:list']({})).toEqual({ templates: [BUILTIN] });
  });

  it('lists the built-in templates in the language asked for, English when none is, and the user\'s own as they saved them', async () => {
    const gallery = createTemplateHandlers(appData, builtinTemplatesIn);
    await gallery['templates:save']({ name: 'Minha triagem', text: flowText('Lead intake') });
    const inPortuguese = (await gallery['templates:list']({ locale: 'pt-BR' })).templates;
    expect(inPortuguese.find((t) => t.id === 'journeys/abandoned-cart')?.name).toBe('Carrinho abandonado');
    expect(JSON.parse(inPortuguese.find((t) => t.id === 'journeys/abandoned-cart')!.text).nodes[0].name).toBe('Carrinho abandonado há uma hora');
    expect(inPortuguese.at(-1)).toMatchObject({ source: 'user', name: 'Minha triagem' });
    expect((await gallery['templates:list']({})).templates.find((t) => t.id === 'journeys/abandoned-cart')?.name).toBe('Abandoned cart');
  });

  it('saves a flow as a user template under the given name, and lists it after the built-in ones', async () => {
    const { id } = await templates['templates:save']({ name: 'Lead intake', text: flowText('Some flow', 'journeys', { description: 'Qualifies leads' }) });
    expect(id).toBe('Lead intake.flow.json');
    const listed = (await templates['templates:list']({})).templates;
    expect(listed.map((t) => [t.source, t.id])).toEqual([
      ['builtin', BUILTIN.id],
      ['user', 'Lead intake.flow.json'],
    ]);
    expect(listed[1]).toMatchObject({ name: 'Lead intake', description: 'Qualifies leads', profile: 'journeys', kind: 'standard' });
    expect(JSON.parse(listed[1]!.text).name).toBe('Lead intake');
    expect(await readFile(join(appData, 'templates', id), 'utf8')).toBe(listed[1]!.text);
  });

  it('never replaces a template of the same name: the second gets its own file', async () => {
    const first = await templates['templates:save']({ name: 'Intake', text: flowText('One') });
    const second = await templates['templates:save']({ name: 'Intake', text: flowText('Two') });
    expect([first.id, second.id]).toEqual(['Intake.flow.json', 'Intake (2).flow.json']);
    expect(await readdir(join(appData, 'templates'))).toHaveLength(2);
  });

  it('makes a safe file name from any template name', async () => {
    const { id } = await templates['templates:save']({ name: '../../etc/passwd: "x"?', text: flowText() });
    expect(id).toBe('-..-etc-passwd- -x--.flow.json');
    expect(await readdir(join(appData, 'templates'))).toEqual([id]);
  });

  it('refuses text that is not a flow with INVALID_ARGS, saving nothing', async () => {
    await expectHostError(templates['templates:save']({ name: 'Bad', text: 'not json' }), 'INVALID_ARGS');
    await expectHostError(templates['templates:save']({ name: 'Bad', text: '{"format": "flowpack.flow", "version": 1}' }), 'INVALID_ARGS');
    const tooNew = JSON.parse(flowText());
    tooNew.version = 99;
    await expectHostError(templates['templates:save']({ name: 'Bad', text: JSON.stringify(tooNew) }), 'INVALID_ARGS');
    expect((await templates['templates:list']({})).templates).toEqual([BUILTIN]);
  });

  it('leaves out a file in the templates folder that is not a readable flow', async () => {
    await mkdir(join(appData, 'templates'));
    await writeFile(join(appData, 'templates', 'broken.flow.json'), '{');
    await templates['templates:save']({ name: 'Good', text: flowText() });
    expect((await templates['templates:list']({})).templates.map((t) => t.id)).toEqual([BUILTIN.id, 'Good.flow.json']);
  });
});
