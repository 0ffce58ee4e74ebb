import { z } from 'zod';
import { nextOnly } from '../../common-fields';
import { defineStep, field } from '../../define';
import { inLanguage, t } from '../../labels';

/** Enrols a contact whose shopping cart has had no activity for a number of minutes. */
export const cartAbandoned = defineStep({
  type: 'cartAbandoned',
  role: 'trigger',
  labels: t('Cart abandoned', 'Carrinho abandonado', 'Carrito abandonado'),
  description: t(
    'Starts when a contact leaves items in their cart without buying for the chosen time.',
    'Inicia quando um contato deixa itens no carrinho sem comprar pelo tempo escolhido.',
    'Se inicia cuando un contacto deja artículos en su carrito sin comprar durante el tiempo elegido.',
  ),
  icon: 'shopping-cart',
  config: () => z.object({
    afterMinutes: field(z.number().int().min(1).max(7 * 24 * 60), {
      label: t('After (minutes)', 'Após (minutos)', 'Después de (minutos)'),
      widget: 'number',
      help: t(
        'Minutes without cart activity before the cart counts as abandoned (at most 7 days).',
        'Minutos sem atividade no carrinho até ele contar como abandonado (no máximo 7 dias).',
        'Minutos sin actividad en el carrito antes de considerarlo abandonado (como máximo 7 días).',
      ),
    }),
  }),
  defaultConfig: { afterMinutes: 60 },
  ports: nextOnly,
  references: [],
  summary: (config, locale) => `${inLanguage(locale, 'Cart abandoned for', 'Carrinho abandonado há', 'Carrito abandonado hace')} ${config.afterMinutes} min`,
});
