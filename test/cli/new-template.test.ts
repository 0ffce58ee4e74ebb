import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin-templates';
import { makeTempFolder, runCli } from './run-cli';

const ABANDONED_CART = JSON.parse(BUILTIN_TEMPLATES.find((template) => template.id === 'journeys/abandoned-cart')!.text);

describe('flowpack new --template', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  beforeAll(() => (temp = makeTempFolder()));
  afterAll(() => temp.remove());

  it.concurrent('writes a built-in template in Portuguese with --lang pt-BR, under a new id, and it validates with exit 0', async ({ expect }) => {
    const file = join(temp.path, 'carrinho.flow.json');
    const created = await runCli(['new', '--template', 'journeys/abandoned-cart', '--lang', 'pt-BR', '-o', file]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const flow = JSON.parse(readFileSync(file, 'utf8'));
    expect(flow).toMatchObject({ profile: 'journeys', kind: 'standard', name: 'Carrinho abandonado' });
    expect(flow.id).not.toBe(ABANDONED_CART.id);
    const reminder = flow.nodes.find((node: { id: string }) => node.id === 'reminder-email');
    expect(reminder.name).toBe('Lembrete: itens no seu carrinho');
    expect(reminder.config.subject).toBe('Você esqueceu algo no seu carrinho');
    expect(flow.edges).toEqual(ABANDONED_CART.edges);
    expect(created.stdout).toBe(`Created ${file} (journeys flow "Carrinho abandonado", id ${flow.id})\n`);

    const validated = await runCli(['validate', file]);
    expect(validated.stdout).toBe('1 file: 0 errors, 0 warnings\n');
    expect(validated.code).toBe(0);
  });

  it.concurrent('speaks English without --lang, takes --name over the template’s, and matches a language by its tag (es-MX is Spanish)', async ({ expect }) => {
    const english = await runCli(['new', '--template', 'journeys/abandoned-cart']);
    expect(JSON.parse(english.stdout).name).toBe('Abandoned cart');
    const spanish = await runCli(['new', '--template', 'journeys/abandoned-cart', '--lang', 'es-MX', '--name', 'Carrito — México']);
    const flow = JSON.parse(spanish.stdout);
    expect(flow.name).toBe('Carrito — México');
    expect(flow.nodes.find((node: { id: string }) => node.id === 'end').name).toBe('Fin');
  });

  it.concurrent('refuses an unknown template or language, and --lang without a template, saying what it accepts', async ({ expect }) => {
    const unknown = await runCli(['new', '--template', 'journeys/no-such']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^flowpack: no built-in template is called "journeys\/no-such"; choose one of: .*journeys\/abandoned-cart/);
    const french = await runCli(['new', '--template', 'journeys/abandoned-cart', '--lang', 'fr']);
    expect(french.code).toBe(2);
    expect(french.stderr).toMatch(/^flowpack: no language matches --lang "fr"; choose one of: en, pt-BR, es\n/);
    const blank = await runCli(['new', '--profile', 'journeys', '--name', 'X', '--lang', 'pt-BR']);
    expect(blank.code).toBe(2);
    expect(blank.stderr).toMatch(/--lang chooses the language of a template: use it with --template/);
    expect(blank.stdout).toBe('');
  });

  it.concurrent('lists every built-in template id and the languages in its help', async ({ expect }) => {
    const help = await runCli(['new', '--help']);
    for (const template of BUILTIN_TEMPLATES) expect(help.stdout).toContain(`  ${template.id}\n`);
    expect(help.stdout).toContain('--lang <language>');
    expect(help.stdout).toContain('en, pt-BR, es; default en');
  });
});
