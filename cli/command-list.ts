import type { CommandDefinition } from './command-definition';

/** Each command loads on demand, so `--help` and a typo never pay for loading the validator. */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandDefinition> }> = {
  validate: {
    summary: 'Check flow files, packs and folders; print diagnostics with line and column',
    load: async () => (await import('./commands/validate')).validateCommand,
  },
  new: {
    summary: 'Create a flow that validates: flowpack new --profile <p> --name <n>, or --template <id> [--lang <l>]',
    load: async () => (await import('./commands/new')).newCommand,
  },
  schema: {
    summary: 'Print the flow JSON Schema, or write every schema file with --out <dir>',
    load: async () => (await import('./commands/schema')).schemaCommand,
  },
  test: {
    summary: 'Run flow tests (*.flowtest.json, folders, packs); print results and step and port coverage',
    load: async () => (await import('./commands/test')).testCommand,
  },
  export: {
    summary: 'Bundle flows into a sanitised pack: flowpack export <flows or folder>... [-o <file>] [--sign <key>]',
    load: async () => (await import('./commands/export')).exportCommand,
  },
  unpack: {
    summary: 'Write the flows of a pack as flow files: flowpack unpack <pack> <folder>',
    load: async () => (await import('./commands/unpack')).unpackCommand,
  },
  plan: {
    summary: 'Preview importing a pack into a tenant: flowpack plan <pack> --catalog <snapshot.json>',
    load: async () => (await import('./commands/plan')).planCommand,
  },
  inspect: {
    summary: 'Show a pack: manifest, flows, signature status, sanitisation summary',
    load: async () => (await import('./commands/inspect')).inspectCommand,
  },
  keygen: {
    summary: 'Create a key pair for signing packs: flowpack keygen --name <author> [-o <file>]',
    load: async () => (await import('./commands/keygen')).keygenCommand,
  },
  catalog: {
    summary: 'Save a tenant\'s catalog for offline planning: flowpack catalog --tenant <url> -o <file>',
    load: async () => (await import('./commands/catalog')).catalogCommand,
  },
  status: {
    summary: 'Compare a folder with a tenant: flowpack status --tenant <url> [<folder>]',
    load: async () => (await import('./commands/status')).statusCommand,
  },
  push: {
    summary: 'Import a pack or flows into a tenant: flowpack push <pack|flows> --tenant <url> [--dry-run] [--yes]',
    load: async () => (await import('./commands/push')).pushCommand,
  },
  pull: {
    summary: 'Write tenant flows into a folder: flowpack pull --tenant <url> (<ids>|--all) [-o <folder>]',
    load: async () => (await import('./commands/pull')).pullCommand,
  },
  diff: {
    summary: 'What changed between two flows (files, packs): flowpack diff <before> <after> [--json]',
    load: async () => (await import('./commands/diff')).diffCommand,
  },
  stats: {
    summary: "A flow's live statistics on a tenant: flowpack stats <flow-id> --tenant <url>",
    load: async () => (await import('./commands/stats')).statsCommand,
  },
  revisions: {
    summary: "A flow's revisions on a tenant, who saved each and what it changed: flowpack revisions <flow-id> --tenant <url>",
    load: async () => (await import('./commands/revisions')).revisionsCommand,
  },
  restore: {
    summary: 'Make an earlier revision current again, as a new revision: flowpack restore <flow-id> --revision <n> --tenant <url>',
    load: async () => (await import('./commands/restore')).restoreCommand,
  },
  login: {
    summary: 'Sign in to a tenant from this terminal (a code to enter in a browser): flowpack login --tenant <url>',
    load: async () => (await import('./commands/login')).loginCommand,
  },
  logout: {
    summary: 'Sign out of a tenant: the tenant revokes the session and this computer forgets it: flowpack logout --tenant <url>',
    load: async () => (await import('./commands/logout')).logoutCommand,
  },
  completion: {
    summary: 'Print shell completion for the commands and their options: flowpack completion bash|zsh|fish',
    load: async () => (await import('./commands/completion')).completionCommand,
  },
};
