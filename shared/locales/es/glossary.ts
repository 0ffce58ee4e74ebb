import type { Glossary } from '../glossary';

/** Términos en español. */
export const glossaryEs: Glossary = {
  terms: { step: 'paso', flow: 'flujo', trigger: 'disparador', connection: 'conexión', pack: 'paquete', tenant: 'tenant', workspace: 'espacio de trabajo', template: 'plantilla', profile: 'perfil' },
  avoid: {
    etapa: 'paso',
    etapas: 'pasos',
    nodo: 'paso',
    nodos: 'pasos',
    activador: 'disparador',
    gatillo: 'disparador',
    'área de trabajo': 'espacio de trabajo',
    inquilino: 'tenant',
    template: 'plantilla',
    templates: 'plantillas',
    pack: 'paquete',
    packs: 'paquetes',
  },
};
