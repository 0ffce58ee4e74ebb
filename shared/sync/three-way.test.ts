import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Flow, FlowNode } from '../format/flow-schema';
import { loadFlow } from '../validation/load-flow';
import { threeWayDiff } from './three-way';

/** The "Out-of-hours message" example, loaded fresh so each test edits its own copy. */
function example(): Flow {
  const text = readFileSync(new URL('../../examples/conversations/out-of-hours-message.flow.json', import.meta.url), 'utf8');
  return loadFlow(JSON.parse(text)).flow!;
}
// Connections are named by their port as the step's type names it, never by the port's id.
const PORT_LABEL_TIMEOUT = { en: 'Timeout', 'pt-BR': 'Tempo esgotado', es: 'Tiempo agotado' };
const PORT_LABEL_NEXT = { en: 'Next', 'pt-BR': 'Próximo', es: 'Siguiente' };
const step = (flow: Flow, id: string): FlowNode => flow.nodes.find((node) => node.id === id)!;

describe('threeWayDiff: each side compared with the version last synchronised', () => {
  it('tells a step changed here from one changed there, so keeping mine never passes for undoing a colleague', () => {
    const [base, mine, theirs] = [example(), example(), example()];
    step(mine, 'team-busy').config.text = 'Back soon!';
    step(theirs, 'assign-support').config.timeout = 600;
    const result = threeWayDiff({ base, mine, theirs });
    expect(result.hasBase).toBe(true);
    expect(result.steps.map(({ id, changedOn }) => ({ id, changedOn }))).toEqual([
      { id: 'assign-support', changedOn: 'there' },
      { id: 'team-busy', changedOn: 'here' },
    ]);
    expect(result.steps[0]!.fields).toEqual([{ key: ['config', 'timeout'], base: 900, mine: 900, theirs: 600, changedOn: 'there' }]);
  });

  it('marks a step changed on both sides, and within it only the field both changed as needing a choice', () => {
    const [base, mine, theirs] = [example(), example(), example()];
    step(mine, 'assign-support').config.timeout = 300;
    step(mine, 'assign-support').name = 'Assign to Sales';
    step(theirs, 'assign-support').config.timeout = 600;
    const [assign] = threeWayDiff({ base, mine, theirs }).steps;
    expect(assign).toMatchObject({ id: 'assign-support', changedOn: 'both' });
    expect(assign!.fields.map(({ key, changedOn }) => [key.join('.'), changedOn])).toEqual([
      ['name', 'here'],
      ['config.timeout', 'both'],
    ]);
  });

  it('lists nothing that both sides changed alike', () => {
    const [base, mine, theirs] = [example(), example(), example()];
    step(mine, 'team-busy').config.text = 'Same words';
    step(theirs, 'team-busy').config.text = 'Same words';
    expect(threeWayDiff({ base, mine, theirs })).toMatchObject({ hasBase: true, profile: 'conversations', flow: [], steps: [], connections: [] });
  });

  it('shows no edit for the id the tenant wrote into a tag reference at import', () => {
    const [base, mine, theirs] = [example(), example(), example()];
    // The file names the tag; the tenant's copies (then and now) carry the id it assigned.
    step(mine, 'tag-after-hours').config.tags = [{ $ref: 'tag', name: 'After hours' }];
    step(theirs, 'close').config.note = 'Closed by the robot.';
    const result = threeWayDiff({ base, mine, theirs });
    expect(result.steps.map((changed) => changed.id)).toEqual(['close']);
  });

  it('shows no edit for a tag the tenant created under its own id where the file names one from another tenant', () => {
    const [base, mine, theirs] = [example(), example(), example()];
    step(base, 'tag-after-hours').config.tags = [{ $ref: 'tag', id: 'tag_here_1', name: 'After hours' }];
    step(theirs, 'tag-after-hours').config.tags = [{ $ref: 'tag', id: 'tag_here_1', name: 'After hours' }];
    expect(threeWayDiff({ base, mine, theirs }).steps).toEqual([]);
    // choosing another tag is an edit
    step(mine, 'tag-after-hours').config.tags = [{ $ref: 'tag', id: 'tag_73015', name: 'Out of hours' }];
    expect(threeWayDiff({ base, mine, theirs }).steps.map((changed) => [changed.id, changed.changedOn])).toEqual([['tag-after-hours', 'here']]);
  });

  it('shows no edit for a reference the file leaves empty and a push keeps from the tenant', () => {
    const [base, mine, theirs] = [example(), example(), example()];
    delete step(mine, 'assign-support').config.team;
    expect(threeWayDiff({ base, mine, theirs }).steps).toEqual([]);
  });

  it('names steps added and removed on either side, and the connections with them', () => {
    const [base, mine, theirs] = [example(), example(), example()];
    mine.nodes.push({ id: 'note-here', type: 'sendMessage', name: 'Extra', position: { x: 0, y: 0 }, config: { text: 'Hi' } });
    mine.edges.push({ id: 'close.extra', source: 'agent-intro', sourcePort: 'next', target: 'note-here' });
    theirs.nodes = theirs.nodes.filter((node) => node.id !== 'team-busy');
    theirs.edges = theirs.edges.filter((edge) => edge.target !== 'team-busy');
    const result = threeWayDiff({ base, mine, theirs });
    expect(result.steps.map(({ id, inBase, inMine, inTheirs, changedOn }) => ({ id, inBase, inMine, inTheirs, changedOn }))).toEqual([
      { id: 'team-busy', inBase: true, inMine: true, inTheirs: false, changedOn: 'there' },
      { id: 'note-here', inBase: false, inMine: true, inTheirs: false, changedOn: 'here' },
    ]);
    expect(result.connections).toEqual([
      { source: 'assign-support', sourcePort: 'timeout', portLabel: PORT_LABEL_TIMEOUT, target: 'team-busy', inBase: true, inMine: true, inTheirs: false, changedOn: 'there' },
      { source: 'agent-intro', sourcePort: 'next', portLabel: PORT_LABEL_NEXT, target: 'note-here', inBase: false, inMine: true, inTheirs: false, changedOn: 'here' },
    ]);
  });

  it('marks a step removed on one side and edited on the other as changed on both', () => {
    const [base, mine, theirs] = [example(), example(), example()];
    step(mine, 'team-busy').config.text = 'Edited here';
    theirs.nodes = theirs.nodes.filter((node) => node.id !== 'team-busy');
    expect(threeWayDiff({ base, mine, theirs }).steps).toMatchObject([{ id: 'team-busy', inMine: true, inTheirs: false, changedOn: 'both' }]);
  });

  it('without the synchronised version, says so and leaves every difference to a person', () => {
    const [mine, theirs] = [example(), example()];
    step(mine, 'team-busy').config.text = 'Back soon!';
    theirs.description = 'Edited somewhere';
    const result = threeWayDiff({ mine, theirs });
    expect(result.hasBase).toBe(false);
    expect(result.flow.map(({ key, changedOn }) => [key.join('.'), changedOn])).toEqual([['description', 'both']]);
    expect(result.steps.map(({ id, changedOn }) => [id, changedOn])).toEqual([['team-busy', 'both']]);
  });

  it('ignores steps that only moved on the canvas', () => {
    const [base, mine, theirs] = [example(), example(), example()];
    step(theirs, 'close').position = { x: 999, y: 999 };
    expect(threeWayDiff({ base, mine, theirs }).steps).toEqual([]);
  });
});
