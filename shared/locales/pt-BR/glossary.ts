import type { Glossary } from '../glossary';

/** Termos em português do Brasil. */
export const glossaryPtBR: Glossary = {
  terms: { step: 'passo', flow: 'fluxo', trigger: 'gatilho', connection: 'conexão', pack: 'pacote', tenant: 'tenant', workspace: 'espaço de trabalho', template: 'modelo', profile: 'perfil' },
  avoid: {
    etapa: 'passo',
    etapas: 'passos',
    nó: 'passo',
    nós: 'passos',
    acionador: 'gatilho',
    disparador: 'gatilho',
    'área de trabalho': 'espaço de trabalho',
    inquilino: 'tenant',
    template: 'modelo',
    templates: 'modelos',
    pack: 'pacote',
    packs: 'pacotes',
  },
};
