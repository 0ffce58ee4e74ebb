// `npm run bench`: template-pack speed. Export and sanitise a 100-flow pack (target: 50 ms
// median), and plan importing a 100-flow pack into a tenant whose catalog holds 10,000
// entities (target: 100 ms median). Figures go to docs/BENCHMARKS.md.
import { cpus } from 'node:os';
import { Bench } from 'tinybench';
import type { Flow } from '../../shared/format/flow-schema';
import { catalogSnapshotSchema } from '../../shared/import/catalog-snapshot';
import type { CatalogSnapshot } from '../../shared/import/catalog-snapshot';
import { planImport } from '../../shared/import/plan-import';
import { exportPack } from '../../shared/pack/export/export-pack';
import { generateFlow } from './generate-flow';

const FLOWS = 100;
const NODES_PER_FLOW = 40;
const ENTITIES = 10_000;
const TARGETS = { export: 50, plan: 100 };
const TIME_PER_TASK_MS = 2_000;

/** A UUID that differs per index, so the pack's flows have distinct, stable ids. */
const uuidFor = (index: number) => `6f1d2c3b-4a5e-4f60-8a7b-${index.toString(16).padStart(12, '0')}`;

/** 100 conversations workflows of 40 steps: questions saving to a custom field, tags, messages on a channel. */
function workspaceFlows(): Flow[] {
  return Array.from({ length: FLOWS }, (_, index) => ({ ...generateFlow(NODES_PER_FLOW), id: uuidFor(index), name: `Workflow ${index + 1}` }));
}

/**
 * A conversations tenant with 10,000 entities: tags, custom fields, channels, teams and users.
 * Some match the flows' references by id or name (linked, reused), most do not, as in a
 * real workspace where a pack uses a small part of the catalog.
 */
function largeCatalog(): CatalogSnapshot {
  const share = ENTITIES / 5;
  const list = (prefix: string, name: (i: number) => string) => Array.from({ length: share }, (_, i) => ({ id: `${prefix}-${i}`, name: name(i) }));
  return catalogSnapshotSchema.parse({
    format: 'flowpack.catalog',
    version: 1,
    tenant: { id: 'bench-tenant', name: 'Benchmark workspace', profile: 'conversations' },
    entities: {
      tag: list('tag', (i) => (i % 2 === 0 ? `Interested ${i}` : `Tag ${i}`)),
      customField: list('cf', (i) => `Field ${i}`).map((field) => ({ ...field, type: 'text' })),
      channel: [{ id: 'ch-wa', name: 'WhatsApp' }, ...list('ch', (i) => `Channel ${i}`).slice(1)],
      team: list('team', (i) => `Team ${i}`),
      user: list('user', (i) => `User ${i}`),
    },
    flows: [],
  });
}

const flows = workspaceFlows();
const exported = exportPack(flows, { name: 'Benchmark pack', generator: 'flowpack-studio/bench', now: new Date('2026-11-21T10:00:00Z') });
if (!exported.pack) throw new Error(`the benchmark flows do not export: ${exported.diagnostics.map((d) => d.message).join('; ')}`);
const pack = exported.pack;
const catalog = largeCatalog();
const plan = planImport(pack, catalog);
if (plan.flows.length !== FLOWS || plan.summary.errors > 0) throw new Error(`unexpected plan: ${JSON.stringify(plan.summary)}`);

const tasks: Record<keyof typeof TARGETS, () => void> = {
  export: () => void exportPack(flows, { name: 'Benchmark pack', generator: 'flowpack-studio/bench', now: new Date('2026-11-21T10:00:00Z') }),
  plan: () => void planImport(pack, catalog),
};
const bench = new Bench({ time: TIME_PER_TASK_MS, warmupTime: 300 });
for (const [name, task] of Object.entries(tasks)) bench.add(name, task);
await bench.run();

/**
 * The median CPU time (user + system) of one run: on a shared machine other processes
 * stretch wall-clock time, much less the CPU time the task itself uses.
 */
function medianCpuMs(task: () => void, runs = 31): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    task();
    const used = process.cpuUsage(before);
    samples.push((used.user + used.system) / 1000);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const median = (name: string) => {
  const result = bench.tasks.find((task) => task.name === name)!.result;
  if (!('latency' in result)) throw new Error(`${name} did not complete`);
  return result.latency.p50;
};
const references = Object.entries(plan.summary.references).map(([outcome, count]) => `${count} ${outcome}`).join(', ');
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}; median of each task's samples (${TIME_PER_TASK_MS} ms per task)`);
console.log(`${FLOWS} flows of ${NODES_PER_FLOW} nodes; catalog of ${ENTITIES.toLocaleString('en')} entities; plan references: ${references}\n`);
console.log('| task | median wall time (ms) | median CPU time (ms) | target | |');
console.log('|---|---:|---:|---:|---|');
for (const [name, limit] of Object.entries(TARGETS) as [keyof typeof TARGETS, number][]) {
  const value = median(name);
  const label = name === 'export' ? 'export and sanitise 100 flows' : 'plan 100 flows against 10,000 entities';
  console.log(`| ${label} | ${value.toFixed(1)} | ${medianCpuMs(tasks[name]).toFixed(1)} | ≤ ${limit} ms | ${value <= limit ? 'met' : 'MISSED'} |`);
}
