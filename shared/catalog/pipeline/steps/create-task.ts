import { z } from 'zod';
import { activeField, nextOnly, optionalText, refField, requiredText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { inLanguage, t } from '../../labels';

/**
 * Who a task is assigned to. The card leader is a role, resolved on each card, so it
 * survives export; a specific user is a link to a person and never leaves the tenant.
 */
const assigneeSchema = () => field(
  z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('cardLeader') }),
    z.object({ mode: z.literal('user'), user: refField('user', t('User', 'Usuário', 'Usuario')) }),
  ]),
  {
    label: t('Assignee', 'Responsável', 'Responsable'),
    widget: 'select',
    options: {
      cardLeader: t('Card leader', 'Líder do card', 'Líder de la tarjeta'),
      user: t('A specific user', 'Um usuário específico', 'Un usuario específico'),
    },
  },
);

/**
 * Creates a task on the card. On import tasks keep their settings and arrive active, but
 * lose their assignee unless it is the card leader.
 */
export const createTask = defineStep({
  type: 'createTask',
  role: 'step',
  labels: t('Create task', 'Criar tarefa', 'Crear tarea'),
  description: t(
    'Creates a task on the card with a due date and an assignee.',
    'Cria uma tarefa no card com prazo e responsável.',
    'Crea una tarea en la tarjeta con fecha de vencimiento y responsable.',
  ),
  icon: 'list-todo',
  config: () => z.object({
    active: activeField(),
    title: requiredText(t('Title', 'Título', 'Título'), 'text', 200),
    description: optionalText(t('Description', 'Descrição', 'Descripción'), 'textarea', 5_000),
    dueInDays: field(z.number().int().min(0).max(365), {
      label: t('Due in (days)', 'Prazo (dias)', 'Vence en (días)'),
      widget: 'number',
      help: t(
        'Days after the task is created; 0 means the same day.',
        'Dias após a criação da tarefa; 0 significa no mesmo dia.',
        'Días después de crear la tarea; 0 significa el mismo día.',
      ),
    }),
    assignee: assigneeSchema(),
  }),
  defaultConfig: { active: true, title: '', description: '', dueInDays: 1, assignee: { mode: 'cardLeader' } },
  ports: nextOnly,
  references: [{ field: 'assignee.user', kinds: ['user'], export: 'strip', import: 'remove' }],
  summary: (config, locale) => {
    const who = config.assignee.mode === 'cardLeader' ? inLanguage(locale, 'card leader', 'responsável pelo card', 'responsable de la tarjeta') : (config.assignee.user.name ?? '?');
    const title = config.title || '?';
    const days = config.dueInDays;
    return inLanguage(locale, `Task “${title}” for ${who}, due in ${days} d`, `Tarefa “${title}” para ${who}, prazo de ${days} d`, `Tarea “${title}” para ${who}, vence en ${days} d`);
  },
});
