import { z } from 'zod';
import { SEVEN_DAYS_SECONDS, TIMEOUT_PORT } from '../../common-fields';
import { defineStep, field } from '../../define';
import { isPlaceholder, refOf } from '../../../format/entity-ref';
import type { EntityRef } from '../../../format/entity-ref';
import type { Port } from '../../types';
import { conversationsRef } from '../ref-policies';
import { timeoutField } from '../step-fields';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('conversations', 'assignTo');

const ASSIGNED_PORT: Port = { id: 'assigned', role: 'main', label: text('port.assigned') };

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
  labels: text('label'),
  description: text('description'),
  icon: 'user-check',
  config: () => z
    .object({
      mode: field(z.enum(['user', 'team', 'workspace']), {
        label: text('field.mode.label'),
        widget: 'select',
        options: {
          user: text('field.mode.option.user'),
          team: text('field.mode.option.team'),
          workspace: text('field.mode.option.workspace'),
        },
      }),
      user: field(refOf('user').optional(), { label: text('field.user.label'), widget: 'ref' }),
      team: field(refOf('team').optional(), { label: text('field.team.label'), widget: 'ref' }),
      rule: field(z.enum(['roundRobin', 'leastOpen']), {
        label: text('field.rule.label'),
        widget: 'select',
        options: {
          roundRobin: text('field.rule.option.roundRobin'),
          leastOpen: text('field.rule.option.leastOpen'),
        },
      }),
      onlyOnline: field(z.boolean(), {
        label: text('field.onlyOnline.label'),
        widget: 'checkbox',
      }),
      maxOpenConversations: field(z.number().int().min(1).max(1000).optional(), {
        label: text('field.maxOpenConversations.label'),
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
    const rule = config.rule === 'roundRobin' ? inLocale(text('summary.roundRobin'), locale) : inLocale(text('summary.fewestOpen'), locale);
    return config.mode === 'team' ? `${config.team?.name ?? '?'} (${rule})` : inLocale(text('summary.workspace'), locale, { rule });
  },
});
