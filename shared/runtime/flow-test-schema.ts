import { z } from 'zod';
import { EFFECT_KINDS, END_REASONS, WORLD_QUESTIONS } from '../catalog/behaviour';
import { entityRefSchema } from '../format/entity-ref';
import { elementIdSchema } from '../format/flow-schema';

export const FLOW_TEST_FORMAT = 'flowpack.flowtest';
export const FLOW_TEST_VERSION = 1;
/** A flow's tests sit beside it: `welcome.flow.json` and `welcome.flowtest.json`. */
export const FLOW_TEST_SUFFIX = '.flowtest.json';

const scalarSchema = z.union([z.string().max(10_000), z.number(), z.boolean()]);
const detailSchema = z.record(z.string().max(200), z.union([scalarSchema, z.array(z.string().max(10_000)).max(100).readonly()]));

/** Who the test runs for: a contact, a card or a call, as much as the flow reads of it. */
export const testSubjectSchema = z
  .object({
    id: z.string().min(1).max(200).default('test-contact'),
    name: z.string().max(200).default('Test Contact'),
    fields: z.record(z.string().min(1).max(200), scalarSchema).default({}),
    tags: z.array(z.string().min(1).max(200)).max(1000).default([]),
    segments: z.array(z.string().min(1).max(200)).max(1000).optional(),
    conversation: z.object({ open: z.boolean(), channel: z.string().max(200).optional(), assignee: z.string().max(200).optional() }).strict().optional(),
    card: z
      .object({
        column: z.string().max(200).optional(),
        links: z.array(z.object({ name: z.string().min(1).max(200), kind: z.enum(['person', 'company']) }).strict()).max(1000).default([]),
      })
      .strict()
      .optional(),
    call: z.object({ from: z.string().max(50).optional(), to: z.string().max(50).optional() }).strict().optional(),
  })
  .strict();

/** The event that starts the run, when not the trigger's usual one. */
const eventSchema = z
  .object({
    event: z.string().min(1).max(200),
    ref: entityRefSchema.optional(),
    data: z.record(z.string().max(200), scalarSchema).optional(),
  })
  .strict();

/** One thing that happens to a waiting run, in order: a reply, digits, an HTTP answer, an agent, or time passing. */
export const testInputSchema = z.union([
  z.object({ reply: z.string().max(10_000) }).strict(),
  z.object({ digits: z.string().regex(/^[0-9*#]{1,50}$/) }).strict(),
  z.object({ http: z.object({ status: z.number().int().min(100).max(599), body: z.string().max(100_000).optional() }).strict() }).strict(),
  z.object({ agent: z.string().min(1).max(200) }).strict(),
  /** Seconds of virtual time that pass; a wait or timeout falling inside them fires. */
  z.object({ wait: z.number().int().min(1).max(10 * 365 * 24 * 3600) }).strict(),
]);
export type TestInput = z.infer<typeof testInputSchema>;

/** The world's answers per node id: `{ "hello": { "delivery": "failed" } }`. */
const worldSchema = z.record(elementIdSchema, z.partialRecord(z.enum(WORLD_QUESTIONS), z.union([z.string().max(200), z.array(z.string().max(200)).min(1).max(100)])));

/** A step of the path: the node, and the port it left by (none where the run waits or ended). */
export const pathStepSchema = z
  .object({
    node: elementIdSchema,
    port: z.string().min(1).max(100).optional(),
    /** The flow the node belongs to, when it is a flow the tested one called. */
    flow: z.uuid().optional(),
  })
  .strict();
export type ExpectedPathStep = z.infer<typeof pathStepSchema>;

export const expectedEffectSchema = z
  .object({
    kind: z.enum(EFFECT_KINDS),
    node: elementIdSchema,
    /** The details that must match; details not named here are not compared. */
    detail: detailSchema.optional(),
  })
  .strict();
export type ExpectedEffect = z.infer<typeof expectedEffectSchema>;

export const flowTestCaseSchema = z
  .object({
    name: z.string().min(1).max(200),
    /** The trigger node the run starts at; the flow's first trigger when absent. */
    trigger: elementIdSchema.optional(),
    event: eventSchema.optional(),
    /** When the run starts (ISO 8601); the virtual clock starts there. */
    at: z.iso.datetime({ offset: true }).default('2026-01-05T09:00:00Z'),
    subject: testSubjectSchema.default({ id: 'test-contact', name: 'Test Contact', fields: {}, tags: [] }),
    variables: z.record(z.string().min(1).max(50), scalarSchema).default({}),
    world: worldSchema.default({}),
    inputs: z.array(testInputSchema).max(1000).default([]),
    expect: z
      .object({
        path: z.array(pathStepSchema).max(100_000),
        effects: z.array(expectedEffectSchema).max(100_000).optional(),
        /** How the run stands after the last input: still waiting, or ended and why. */
        outcome: z.union([z.literal('waiting'), z.enum(END_REASONS)]),
      })
      .strict(),
  })
  .strict();
export type FlowTestCase = z.infer<typeof flowTestCaseSchema>;
export type FlowTestCaseInput = z.input<typeof flowTestCaseSchema>;

/** A flow's test file: the tests of one flow, named by its id. */
export const flowTestFileSchema = z
  .object({
    format: z.literal(FLOW_TEST_FORMAT),
    version: z.literal(FLOW_TEST_VERSION),
    flow: z.uuid(),
    tests: z.array(flowTestCaseSchema).max(1000),
  })
  .strict();
export type FlowTestFile = z.infer<typeof flowTestFileSchema>;

/** The test file beside a flow file: `sales/welcome.flow.json` -> `sales/welcome.flowtest.json`. */
export function flowTestPathOf(flowPath: string): string {
  return `${flowPath.replace(/\.flow\.json$/, '')}${FLOW_TEST_SUFFIX}`;
}
