import type { Glossary } from '../glossary';

/** English terms: the source the other glossaries translate. */
export const glossaryEn: Glossary = {
  terms: { step: 'step', flow: 'flow', trigger: 'trigger', connection: 'connection', pack: 'pack', tenant: 'tenant', workspace: 'workspace', template: 'template', profile: 'profile' },
  avoid: { node: 'step', nodes: 'steps', edge: 'connection', edges: 'connections', package: 'pack', packages: 'packs', 'work space': 'workspace' },
};
