import { z } from 'zod';
import { SEVEN_DAYS_SECONDS, TIMEOUT_PORT } from '../../common-fields';
import { defineStep, field } from '../../define';
import { isPlaceholder, refOf } from '../../../format/entity-ref';
import type { EntityRef } from '../../../format/entity-ref';
import { inLanguage, t } from '../../labels';
import type { Port } from '../../types';
import { conversationsRef } from '../ref-policies';
import { timeoutField } from '../step-fields';

const ASSIGNED_PORT: Port = { id: 'assigned', role: 'main', label: t('Assigned', 'Atribuída', 'Asignada') };

const chosen = (ref: EntityRef | undefined): boolean => ref !== undefined && !isPlaceholder(ref);

/**
 * Assigns the conversation to a specific user, to a member of a team, or to any user of the
 * workspace, picked by round robin or by the fewest open conversations.
 *
 * @remarks
 * The user and team are required only in the mode that uses them, which field metadata cannot
 * say, so the schema reports a missing one. An import that removes a user or team the
 * destination lacks therefore leaves a step the admin must configure, as the platform does.
 */
export const assignTo = defineStep({
  type: 'assignTo',
  role: 'step',
  labels: t('Assign to', 'Atribuir a', 'Asignar a'),
  description: t(
    'Assigns the conversation to a user, a member of a team or any user of the workspace.',
    'Atribui a conversa a um usuário, a um membro de uma equipe ou a qualquer usuário do espaço de trabalho.',
    'Asigna la conversación a un usuario, a un miembro de un equipo o a cualquier usuario del espacio de trabajo.',
  ),
  icon: 'user-check',
  config: () => z
    .object({
      mode: field(z.enum(['user', 'team', 'workspace']), {
        label: t('Assign to', 'Atribuir a', 'Asignar a'),
        widget: 'select',
        options: {
          user: t('A specific user', 'Um usuário específico', 'Un usuario específico'),
          team: t('A user in a team', 'Um usuário de uma equipe', 'Un usuario de un equipo'),
          workspace: t('A user in the workspace', 'Um usuário do espaço de trabalho', 'Un usuario del espacio de trabajo'),
        },
      }),
      user: field(refOf('user').optional(), { label: t('User', 'Usuário', 'Usuario'), widget: 'ref' }),
      team: field(refOf('team').optional(), { label: t('Team', 'Equipe', 'Equipo'), widget: 'ref' }),
      rule: field(z.enum(['roundRobin', 'leastOpen']), {
        label: t('Assignment rule', 'Regra de atribuição', 'Regla de asignación'),
        widget: 'select',
        options: {
          roundRobin: t('Round robin', 'Rodízio', 'Por turnos'),
          leastOpen: t('Fewest open conversations', 'Menos conversas abertas', 'Menos conversaciones abiertas'),
        },
      }),
      onlyOnline: field(z.boolean(), {
        label: t('Only online users', 'Somente usuários online', 'Solo usuarios en línea'),
        widget: 'checkbox',
      }),
      maxOpenConversations: field(z.number().int().min(1).max(1000).optional(), {
        label: t(
          'Only users with fewer open conversations than',
          'Somente usuários com menos conversas abertas que',
          'Solo usuarios con menos conversaciones abiertas que',
        ),
        widget: 'number',
      }),
      timeout: timeoutField(),
    })
    .superRefine((config, context) => {
      if (config.mode === 'user' && !chosen(config.user)) {
        context.addIssue({ code: 'custom', path: ['user'], message: 'choose the user to assign to', params: { required: true } });
      }
      if (config.mode === 'team' && !chosen(config.team)) {
        context.addIssue({ code: 'custom', path: ['team'], message: 'choose the team to assign to', params: { required: true } });
      }
    }),
  defaultConfig: { mode: 'workspace', rule: 'roundRobin', onlyOnline: true, timeout: SEVEN_DAYS_SECONDS },
  ports: () => [ASSIGNED_PORT, TIMEOUT_PORT],
  references: [conversationsRef('user', 'user'), conversationsRef('team', 'team')],
  summary: (config, locale) => {
    if (config.mode === 'user') return config.user?.name ?? '?';
    const rule = config.rule === 'roundRobin' ? inLanguage(locale, 'round robin', 'rodízio', 'por turnos') : inLanguage(locale, 'fewest open', 'menos abertas', 'menos abiertas');
    return config.mode === 'team' ? `${config.team?.name ?? '?'} (${rule})` : `${inLanguage(locale, 'Workspace', 'Espaço de trabalho', 'Espacio de trabajo')} (${rule})`;
  },
});
