// Layer boundaries of docs/ARCHITECTURE.md, enforced as errors: one rule block per boundary.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules.filter((m) => !m.startsWith('_')), 'node:*'];

/** A `no-restricted-imports` pattern group forbidding one top-level folder from another. */
const folder = (name) => ({
  regex: `(^|/)${name}(/|$)`,
  message: `This layer may not import from ${name}/ (see docs/ARCHITECTURE.md, the table of folders).`,
});
// A regex on the whole specifier: a gitignore-style group would also match relative paths through a
// folder that happens to share a built-in's name (`./http/...`).
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const noNode = {
  regex: `^(node:.*|(${nodeBuiltins.filter((name) => name !== 'node:*').map(escapeRegex).join('|')})(/.*)?)$`,
  message: 'This layer may not import Node built-ins (see docs/ARCHITECTURE.md).',
};
const noElectron = { group: ['electron', 'electron/*'], message: 'This layer may not import electron (see docs/ARCHITECTURE.md).' };
const noReact = { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@xyflow/*'], message: 'This layer may not import UI libraries.' };

const restrict = (...patterns) => ['error', { patterns }];

/**
 * The layers inside shared/, lowest first: a folder may import only from folders of earlier layers (and its
 * own). Loading a flow validates it, so it sits with validation; sync compares with the tenant's listing,
 * so it sits above the tenant API.
 */
const SHARED_LAYERS = [['json', 'text', 'platform'], ['format'], ['locales'], ['catalog'], ['validation'], ['templates'], ['runtime'], ['pack'], ['import'], ['tenant-api'], ['sync'], ['host']];
/** A relative import that climbs to shared/ and enters one of its folders. */
const sharedFolder = (name, from) => ({
  regex: `^(\\.\\./)+${escapeRegex(name)}(/|$)`,
  message: `shared/${from}/ may not import from shared/${name}/: the layers inside shared/ run ${SHARED_LAYERS.map((layer) => layer.join(', ')).join(' -> ')} (see docs/ARCHITECTURE.md, shared/).`,
});
const sharedBase = [noNode, noElectron, noReact, ...['renderer', 'electron', 'server', 'cli', 'node', 'test'].map(folder)];
const sharedLayerBlocks = SHARED_LAYERS.flatMap((layer, index) =>
  layer.map((name) => ({
    files: [`shared/${name}/**/*.ts`],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ...sharedBase,
        ...SHARED_LAYERS.slice(index + 1).flat().map((higher) => sharedFolder(higher, name)),
        ...layer.filter((peer) => peer !== name).map((peer) => sharedFolder(peer, name)),
      ),
    },
  })),
);

// DOM globals that environment-neutral code must not touch.
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement', 'fetch'].map(
  (name) => ({ name, message: 'shared/ is environment-neutral: no DOM or host globals.' }),
);

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'coverage/**', 'schema/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.js', 'scripts/**', 'cli/bin/**', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  // shared/: zod and small pure libraries only.
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(...sharedBase),
      'no-restricted-globals': ['error', ...domGlobals, { name: 'process', message: 'shared/ may not read process.' }],
    },
  },
  // Inside shared/: each folder imports only from the layers below it.
  ...sharedLayerBlocks,
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // renderer/: the UI; talks to the host only through its client module.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}', 'renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': restrict(noNode, noElectron, folder('electron'), folder('node'), folder('server'), folder('cli')),
    },
  },
  // renderer/ components: a feature's host calls live in its actions module (library-actions.ts,
  // pack-actions.ts, tenant-actions.ts...), tested with a fake client; a component calls those.
  {
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': restrict(noNode, noElectron, folder('electron'), folder('node'), folder('server'), folder('cli'), {
        regex: '(^|/)host/host-client$',
        message: "A component may not call the host: put the call in its feature's actions module (see docs/ARCHITECTURE.md, where a new thing goes).",
      }),
    },
  },
  // electron/: main may use node and electron; never the renderer, server or cli.
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(noReact, folder('renderer'), folder('server'), folder('cli')),
    },
  },
  // node/: the Node layer (the workspace on disk, the host services, the browser host), shared by the desktop
  // main process, the browser host, the CLI and tests, so no electron.
  {
    files: ['node/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(noElectron, noReact, folder('renderer'), folder('electron'), folder('server'), folder('cli')),
    },
  },
  // cli/: shared/ + node:* + the Node layer (not the browser host, which serves the editor).
  {
    files: ['cli/**/*.{ts,js}'],
    rules: {
      'no-restricted-imports': restrict(noElectron, noReact, folder('renderer'), folder('electron'), folder('node/browser-host'), folder('server')),
    },
  },
  // server/: shared/ + node:* + its own dependencies.
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(noElectron, noReact, folder('renderer'), folder('electron'), folder('node'), folder('cli')),
    },
  },
);
