import { describe, expect, it } from 'vitest';
import type { Subject } from '../behaviour';
import { enrolmentRefusal } from '../../runtime/enrolment-rules';
import { Runner } from '../../runtime/runner';
import { MONDAY_MORNING, flowOf } from '../../runtime/test-support/flow-of';
import type { TestNode } from '../../runtime/test-support/flow-of';
import { stepBehaviourOf, triggerBehaviourOf } from '../behaviours';
import { pipelineCatalog } from './profile';

const marina = { $ref: 'user', id: 'usr_1', name: 'Marina Costa' } as const;
const newClient = { $ref: 'tag', id: 'tag_1', name: 'New client' } as const;
const status = { $ref: 'customField', id: 'onboarding_status', name: 'Onboarding status' } as const;

/** A card linked to a person and to a company. */
function card(overrides: Partial<Subject> = {}): Subject {
  return {
    id: 'card-1',
    name: 'Acme rollout',
    fields: {},
    tags: [],
    card: { column: 'Signed', links: [{ name: 'Ana Souza', kind: 'person' }, { name: 'Acme Ltd', kind: 'company' }, { name: 'Rui Lima', kind: 'person' }] },
    ...overrides,
  };
}

/** A pipeline flow whose card entering "Onboarding" runs `steps` in order. */
function onboarding(steps: readonly TestNode[]) {
  const ids = ['enters', ...steps.map(([id]) => id)];
  return flowOf(
    'pipeline',
    [['enters', 'cardEnteredColumn', { column: 'Onboarding' }], ...steps],
    ids.slice(1).map((id, index) => [ids[index]!, 'next', id] as const),
  );
}

const runOn = (flow: ReturnType<typeof onboarding>, subject = card()) =>
  new Runner(flow).start({ subject, now: MONDAY_MORNING, event: { event: 'card.enteredColumn:Onboarding' } })!;

const feedPost = { active: true, audience: 'cardPersonContacts', author: marina, message: 'Welcome to {{card.title}}!' };
const email = { active: true, sender: marina, recipients: ['cardContacts', 'ops@example.com', 'cardLeader'], subject: 'Welcome, {{card.title}}', message: 'Hello', attachments: [] };

describe('pipeline behaviours', () => {
  it('every trigger and step type of the profile has a behaviour of its role', () => {
    for (const type of pipelineCatalog.types) {
      const behaviour = type.role === 'trigger' ? triggerBehaviourOf('pipeline', type.type) : stepBehaviourOf('pipeline', type.type);
      expect(behaviour, type.type).toBeDefined();
    }
  });

  describe('triggers', () => {
    const twoColumns = flowOf(
      'pipeline',
      [
        ['created', 'cardCreated'],
        ['onboarding', 'cardEnteredColumn', { column: 'Onboarding' }],
        ['live', 'cardEnteredColumn', { column: 'Live' }],
        ['tag', 'addTags', { active: true, tags: [newClient] }],
        ['golive', 'setCustomField', { active: true, customField: status, value: 'Live' }],
      ],
      [
        ['onboarding', 'next', 'tag'],
        ['live', 'next', 'golive'],
      ],
    );

    it('a card entering a column runs that column’s automations, not another column’s', () => {
      const runner = new Runner(twoColumns);
      expect(runner.triggersFor({ event: 'card.enteredColumn:Live' }).map((node) => node.id)).toEqual(['live']);
      const run = runner.start({ subject: card(), now: MONDAY_MORNING, event: { event: 'card.enteredColumn:Live' } })!;
      expect(run.path.map((step) => step.nodeId)).toEqual(['live', 'golive']);
      expect(run.effects).toEqual([expect.objectContaining({ kind: 'fieldSet', detail: { field: 'onboarding_status', value: 'Live' } })]);
    });

    it('a new card runs the card-created automations only', () => {
      const runner = new Runner(twoColumns);
      expect(runner.triggersFor({ event: 'card.created' }).map((node) => node.id)).toEqual(['created']);
      expect(runner.triggersFor({ event: 'card.enteredColumn:Done' })).toEqual([]);
    });

    it('each trigger’s sample event is one that starts it', () => {
      const runner = new Runner(twoColumns);
      for (const id of ['created', 'onboarding', 'live']) expect(runner.triggersFor(runner.sampleEvent(id))[0]?.id).toBe(id);
    });
  });

  it('an inactive automation does nothing, and the card goes on to the next one (pipeline-export.pt.txt: "serão instaladas inativas")', () => {
    const flow = onboarding([
      ['tag', 'addTags', { active: false, tags: [newClient] }],
      ['mail', 'sendEmail', { ...email, active: false }],
      ['post', 'publishToClientFeed', feedPost],
    ]);
    const run = runOn(flow);
    expect(run.effects.map((effect) => effect.kind)).toEqual(['feedPosted']);
    expect(run.subject.tags).toEqual([]);
    expect(run.path.map((step) => step.port)).toEqual(['next', 'next', 'next', 'next']);
  });

  describe('publish to client feed', () => {
    it('reaches only the person contacts linked to the card, not companies (pipeline-client-feed.pt.txt: "apenas os contatos do tipo PESSOA que estiverem vinculados ao card")', () => {
      const run = runOn(onboarding([['post', 'publishToClientFeed', feedPost]]));
      expect(run.effects).toEqual([
        expect.objectContaining({ kind: 'feedPosted', detail: { message: 'Welcome to Acme rollout!', author: 'Marina Costa', recipients: ['Ana Souza', 'Rui Lima'] } }),
      ]);
    });

    it('a card linked only to a company posts to the feed with nobody to receive it', () => {
      const run = runOn(onboarding([['post', 'publishToClientFeed', feedPost]]), card({ card: { links: [{ name: 'Acme Ltd', kind: 'company' }] } }));
      expect(run.effects[0]?.detail?.recipients).toEqual([]);
    });

    it('posts nothing without an author (pipeline-export.pt.txt: "sem um usuário selecionado (autor ou remetente do e-mail)")', () => {
      const run = runOn(onboarding([['post', 'publishToClientFeed', { ...feedPost, author: { $ref: 'user' } }]]));
      expect(run.effects).toEqual([]);
      expect(run).toMatchObject({ status: 'ended', ended: 'completed' });
    });
  });

  describe('send email', () => {
    it('sends to the card’s contacts, the addresses written and the card leader, with its placeholders filled', () => {
      const run = runOn(onboarding([['mail', 'sendEmail', email]]));
      expect(run.effects).toEqual([
        expect.objectContaining({
          kind: 'emailSent',
          detail: { from: 'Marina Costa', to: ['Ana Souza', 'Acme Ltd', 'Rui Lima', 'ops@example.com', 'cardLeader'], subject: 'Welcome, Acme rollout', body: 'Hello' },
        }),
      ]);
    });

    it('sends nothing until a sender is chosen (pipeline-export.pt.txt: "precisará entrar na configuração da automação para selecionar um remetente")', () => {
      const { sender: _sender, ...withoutSender } = email;
      expect(runOn(onboarding([['mail', 'sendEmail', withoutSender]])).effects).toEqual([]);
      expect(runOn(onboarding([['mail', 'sendEmail', { ...email, sender: { $ref: 'user' } }]])).effects).toEqual([]);
    });
  });

  it('add tags: adds each tag to the card by name, once', () => {
    const run = runOn(onboarding([['tag', 'addTags', { active: true, tags: [newClient, { $ref: 'tag', name: 'Priority' }] }]]), card({ tags: ['Priority'] }));
    expect(run.effects.map((effect) => effect.detail)).toEqual([{ tag: 'New client' }, { tag: 'Priority' }]);
    expect(run.subject.tags).toEqual(['Priority', 'New client']);
  });

  it('set custom field: writes the card’s field, which later automations read back', () => {
    const run = runOn(onboarding([['status', 'setCustomField', { active: true, customField: status, value: 'In progress' }]]));
    expect(run.subject.fields).toEqual({ onboarding_status: 'In progress' });
  });

  describe('create task', () => {
    const task = { active: true, title: 'Kickoff for {{card.title}}', description: '', dueInDays: 2, assignee: { mode: 'cardLeader' } };

    it('creates the task for the card leader, due so many days after the card arrived', () => {
      const run = runOn(onboarding([['task', 'createTask', task]]));
      expect(run.effects).toEqual([expect.objectContaining({ kind: 'taskCreated', detail: { title: 'Kickoff for Acme rollout', assignee: 'cardLeader', due: '2026-01-07' } })]);
    });

    it('an imported task without its user is still created, with nobody assigned (pipeline-export.pt.txt: "porém sem responsável [...] Esta automação é importada como ativa")', () => {
      const run = runOn(onboarding([['task', 'createTask', { ...task, assignee: { mode: 'user', user: { $ref: 'user' } } }]]));
      expect(run.effects[0]).toMatchObject({ kind: 'taskCreated', detail: { assignee: '' } });
      const named = runOn(onboarding([['task', 'createTask', { ...task, assignee: { mode: 'user', user: marina } }]]));
      expect(named.effects[0]).toMatchObject({ detail: { assignee: 'Marina Costa' } });
    });
  });

  describe('move card', () => {
    it('moves the card to the column, which later automations of the run see', () => {
      const run = runOn(
        onboarding([
          ['move', 'moveCard', { active: true, destination: { mode: 'column', column: ' Live ' } }],
          ['post', 'publishToClientFeed', { ...feedPost, message: 'Now in {{card.column}}' }],
        ]),
      );
      expect(run.effects.map((effect) => [effect.kind, effect.detail])).toEqual([
        ['cardMoved', { column: 'Live' }],
        ['feedPosted', expect.objectContaining({ message: 'Now in Live' })],
      ]);
      expect(run.subject.card?.column).toBe('Live');
    });

    it('a move into another flow names that flow', () => {
      const other = { $ref: 'flow', id: 'flow_9', name: 'Delivery' };
      const run = runOn(onboarding([['move', 'moveCard', { active: true, destination: { mode: 'flow', flow: other, column: 'Backlog' } }]]));
      expect(run.effects[0]).toMatchObject({ kind: 'cardMoved', detail: { column: 'Backlog', flow: 'Delivery' } });
    });
  });

  it('a published pipeline runs its automations; a draft runs none (the pipeline pages say nothing of drafts; automations run once the flow is published)', () => {
    expect(enrolmentRefusal('pipeline', 'published', false)).toBeUndefined();
    expect(enrolmentRefusal('pipeline', 'draft', false)).toBe('notLive');
  });
});
