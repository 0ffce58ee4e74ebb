import type { RefKind } from '../format/entity-ref';
import { t } from './labels';
import type { Labels } from './labels';

/** What each kind of tenant entity is called, in every language a message is shown in. */
export const KIND_LABELS: Readonly<Record<RefKind, Labels>> = {
  user: t('user', 'usuário', 'usuario'),
  contact: t('contact', 'contato', 'contacto'),
  team: t('team', 'equipe', 'equipo'),
  channel: t('channel', 'canal', 'canal'),
  tag: t('tag', 'etiqueta', 'etiqueta'),
  customField: t('custom field', 'campo personalizado', 'campo personalizado'),
  segment: t('segment', 'segmento', 'segmento'),
  form: t('form', 'formulário', 'formulario'),
  product: t('product', 'produto', 'producto'),
  queue: t('queue', 'fila', 'cola'),
  mediaPrompt: t('media prompt', 'áudio', 'audio'),
  dispositionList: t('disposition list', 'lista de disposições', 'lista de disposiciones'),
  reasonList: t('reason list', 'lista de motivos', 'lista de motivos'),
  schedule: t('schedule', 'horário', 'horario'),
  flow: t('flow', 'fluxo', 'flujo'),
  attachment: t('attachment', 'anexo', 'adjunto'),
};

/** The kind as words in an English message: `mediaPrompt` → `media prompt`. */
export function kindWords(kind: RefKind): string {
  return KIND_LABELS[kind].en;
}
