import { describe, expect, it } from 'vitest';
import { MAX_LISTED, pickerOptions } from './picker-options';

const cities = ['Belo Horizonte', 'Brasília', 'Curitiba', 'São Paulo', 'Sorocaba'].map((name, index) => ({ id: `c${index}`, name }));
const many = Array.from({ length: 5_000 }, (_, index) => ({ id: `t${index}`, name: `Tag ${String(index).padStart(4, '0')}` }));

describe('what a "map to" picker lists', () => {
  it('finds names whatever their case and accents', () => {
    expect(pickerOptions(cities, 'sao', '').listed.map((c) => c.name)).toEqual(['São Paulo']);
    expect(pickerOptions(cities, 'BRASILIA', '').listed.map((c) => c.name)).toEqual(['Brasília']);
  });

  it('lists the first matches of a large catalog and says how many more there are; typing reaches any of them', () => {
    const all = pickerOptions(many, '', '');
    expect(all.listed).toHaveLength(MAX_LISTED);
    expect(all.more).toBe(5_000 - MAX_LISTED);
    expect(pickerOptions(many, 'tag 4999', '').listed.map((t) => t.id)).toEqual(['t4999']);
  });

  it('keeps the chosen entity listed while a search hides it, so the picker still shows the choice', () => {
    const { listed } = pickerOptions(many, 'tag 00', 't4321');
    expect(listed[0]!.id).toBe('t4321');
    expect(listed.slice(1).every((t) => t.name.startsWith('Tag 00'))).toBe(true);
  });

  it('finds an entity by a pasted id or UUID (in any case), and lists no more than the window asked for', () => {
    const prompts = [
      { id: 'med_menu', uuid: '7012c0cf-f3ce-477f-8ead-c7f46fcdabe1', name: 'Menu options' },
      { id: 'med_hold', uuid: '05a91555-8edd-48cd-a4f1-540bab16ed50', name: 'Hold music' },
    ];
    expect(pickerOptions(prompts, '05A91555-8EDD-48CD-A4F1-540BAB16ED50', '').listed.map((p) => p.name)).toEqual(['Hold music']);
    expect(pickerOptions(prompts, 'med_menu', '').listed.map((p) => p.name)).toEqual(['Menu options']);
    expect(pickerOptions(many, 'tag', '', 50)).toMatchObject({ listed: { length: 50 }, more: 5_000 - 50 });
  });
});
