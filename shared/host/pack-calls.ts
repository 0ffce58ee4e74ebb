import { z } from 'zod';
import { ENGLISH_COPY_WORDS } from '../format/copy-name';
import { labelsSchema } from '../catalog/labels-schema';
import type { ImportPolicy } from '../catalog/types';
import { diagnosticSchema } from '../format/diagnostic';
import { REF_KINDS } from '../format/entity-ref';
import { flowKindSchema, profileSchema } from '../format/profiles';
import { sanitisationItemSchema } from '../pack/pack-schema';
import { claimsTrustedAuthorSchema } from '../pack/signature/claimed-author';
import { workspacePathSchema } from './workspace-paths';
import { keychainStatusSchema } from './keychain-status';

/**
 * The host calls of template packs: export from the library, open and import a
 * pack into a workspace folder, and the signing keys the user trusts. Spread into
 * HOST_CALLS in contract.ts; kept here so the contract file stays readable.
 */

/** The largest pack the app opens (the CLI's default `--max-size`). */
export const MAX_PACK_BYTES = 10 * 1024 * 1024;

/**
 * Where a pack comes from: a file in the workspace, or the text of a file the user picked or
 * dropped (the renderer reads it; it never hands the host a path outside the workspace).
 */
export const packSourceSchema = z.union([
  z.object({ path: workspacePathSchema }).strict(),
  // Characters, not bytes: the host checks the byte size against MAX_PACK_BYTES itself.
  z.object({ text: z.string().max(MAX_PACK_BYTES), fileName: z.string().max(260) }).strict(),
]);
export type PackSource = z.infer<typeof packSourceSchema>;

/** What to export: the chosen flow files and the manifest fields the user typed. */
export const packExportArgsSchema = z
  .object({
    paths: z.array(workspacePathSchema).min(1).max(1000),
    // The manifest's own rules (1 to 200 characters ...) are checked by export, which reports them as diagnostics.
    name: z.string().max(1000),
    description: z.string().max(20_000).default(''),
    author: z.string().max(1000).default(''),
    /** Personal data the author keeps on purpose (an address, a number, a user's id or name): see ExportOptions.keep. */
    keep: z.array(z.string().min(1).max(1000)).max(1000).default([]),
  })
  .strict();

/** A field's label in every language the UI speaks. */
const reportedRefKindSchema = z.enum([...REF_KINDS, 'unknown']);
/** The code of a reported value that is not a whole reference (ReportedValue). */
const reportedValueSchema = z.discriminatedUnion('code', [
  z.object({ code: z.enum(['emailAddress', 'phoneNumber']) }),
  z.object({ code: z.literal('step'), step: labelsSchema }),
  z.object({ code: z.literal('extraData'), of: reportedRefKindSchema }),
]);
/** A reported value with its field's label, when the catalog has one, and a reference's kind or the value's code (ReportItem). */
const reportItemSchema = sanitisationItemSchema.extend({ field: labelsSchema.optional(), refKind: reportedRefKindSchema.optional(), value: reportedValueSchema.optional() });
const IMPORT_POLICIES = ['link', 'linkByUuid', 'linkOrRemove', 'reuseOrCreate', 'matchOrRemove', 'matchOrPlaceholder', 'placeholder', 'remove'] as const satisfies readonly ImportPolicy[];

/** The export report as it crosses the host boundary (shared/pack/export/export-report.ts). */
export const exportReportSchema = z.object({
  packName: z.string(),
  profile: profileSchema.optional(),
  flows: z.array(z.object({ id: z.string(), name: z.string(), dependency: z.boolean() })),
  items: z.array(reportItemSchema),
  kept: z.array(reportItemSchema),
  /** References that leave with the flows, for the destination to hold (TravellingReference). */
  travels: z.array(
    z.object({
      flowId: z.string(),
      flowName: z.string(),
      nodeId: z.string().optional(),
      nodeName: z.string().optional(),
      path: z.array(z.union([z.string(), z.number()])),
      kind: z.enum(REF_KINDS),
      entity: z.string(),
      byName: z.boolean(),
      onImport: z.enum(IMPORT_POLICIES),
      field: labelsSchema.optional(),
    }),
  ),
  /** The value behind each removed item the author may keep, by the item's index: shown on the author's screen only. */
  keepable: z.record(z.string(), z.string()),
});

export const exportOutcome = {
  report: exportReportSchema,
  /** Why export refused (errors) and warnings; errors mean nothing was or will be written. */
  diagnostics: z.array(diagnosticSchema),
  /** Workspace path of each flow file by flow id, to place diagnostics. */
  flowPaths: z.record(z.string(), workspacePathSchema),
};

export const SIGNATURE_STATUSES = ['unsigned', 'valid', 'untrusted', 'tampered'] as const;

/** A pack's signature as `verifyPack` judged it against the keys the user trusts. */
export const signatureCheckSchema = z.object({
  status: z.enum(SIGNATURE_STATUSES),
  author: z.string().optional(),
  fingerprint: z.string().optional(),
  reason: z.string().optional(),
  /** The signing key (base64), so a valid but untrusted key can be trusted from the dialog. */
  publicKey: z.string().optional(),
  /** The pack names a trusted key's author but that key did not sign it (verify-pack.ts). */
  claimsTrustedAuthor: claimsTrustedAuthorSchema.optional(),
});
export type SignatureCheckResult = z.infer<typeof signatureCheckSchema>;

/** One flow of an opened pack, and the workspace file that already holds its id, if any. */
export const packFlowEntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  profile: z.string(),
  kind: flowKindSchema.optional(),
  /** Validation errors the flow carries (placeholders to finish in the editor, for example). */
  errors: z.number().int().min(0),
  /** The workspace file with the same flow id: importing it needs a choice. */
  collision: workspacePathSchema.nullable(),
});
export type PackFlowEntry = z.infer<typeof packFlowEntrySchema>;

export const packOpenResultSchema = z.object({
  manifest: z.object({
    name: z.string(),
    description: z.string(),
    author: z.string(),
    profile: profileSchema,
    createdAt: z.string(),
    generator: z.string(),
    sanitised: z.number().int().min(0),
  }),
  signature: signatureCheckSchema,
  flows: z.array(packFlowEntrySchema),
  /** Why the pack cannot be imported at all (an unreadable flow, two flows with one id); null when it can. */
  refusal: z.string().nullable(),
  /**
   * Why the user's trusted keys could not be read, when they could not: the signature was then
   * checked against no keys, so a good one shows as from a key not trusted yet. Null normally.
   */
  trustedKeysProblem: z.string().nullable(),
  /**
   * Whether the user's policy "require a signature from a trusted key" is on: then only a pack
   * whose signature is `valid` can be imported (`pack:import` refuses the others).
   */
  requireTrusted: z.boolean().default(false),
});
export type PackOpenResult = z.infer<typeof packOpenResultSchema>;

/** What import does with a flow whose id is already in the workspace. */
export const COLLISION_CHOICES = ['replace', 'keepBoth', 'skip'] as const;
export const collisionChoiceSchema = z.enum(COLLISION_CHOICES);
export type CollisionChoice = z.infer<typeof collisionChoiceSchema>;

export const packImportResultSchema = z.object({
  flows: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      outcome: z.enum(['created', 'replaced', 'copied', 'skipped']),
      /** The file written (none when skipped). */
      path: workspacePathSchema.optional(),
      /** The flow's id in the workspace (a new one for `copied`). */
      newId: z.string().optional(),
    }),
  ),
});
export type PackImportResult = z.infer<typeof packImportResultSchema>;

export const trustedKeySchema = z.object({
  author: z.string(),
  publicKey: z.string(),
  fingerprint: z.string(),
  addedAt: z.iso.datetime(),
});
export type TrustedKeyEntry = z.infer<typeof trustedKeySchema>;

const ok = z.object({});

/** How many pack files `pack:list` answers at most. */
export const MAX_LISTED_PACKS = 200;

/** A pack file found in the workspace: what its manifest says, or why it could not be read. */
export const workspacePackSchema = z.object({
  path: workspacePathSchema,
  /** The manifest's name; the file name when the pack could not be read. */
  name: z.string(),
  /** The manifest's creation time; null when the pack could not be read. */
  createdAt: z.string().nullable(),
  /** The names of the flows it holds. */
  flows: z.array(z.string()),
  /** Why it is not a pack this version reads; null when it is. */
  problem: z.string().nullable(),
});
export type WorkspacePack = z.infer<typeof workspacePackSchema>;

/** What an export that writes takes besides the flows and names: how to sign it, if at all. */
const signedExportArgsSchema = packExportArgsSchema.extend({
  /** A private key file's text (`flowpack keygen`): the pack is signed with it, last, before writing. */
  signingKey: z.string().max(10_000).optional(),
  /** Or the fingerprint of a key the app keeps (keys:rememberSigning). */
  signingKeyId: z.string().min(1).max(200).optional(),
});

export const PACK_CALLS = {
  /** Runs export without writing: the sanitisation report and any refusal, and the suggested file name. */
  'pack:exportPreview': {
    args: packExportArgsSchema,
    result: z.object({ ...exportOutcome, fileName: z.string() }),
  },
  /**
   * Runs export again and writes the pack to `target` (never over an existing file: EXISTS).
   * When export refuses, nothing is written and `written` is null.
   */
  'pack:exportWrite': {
    args: signedExportArgsSchema.extend({ target: workspacePathSchema }),
    /** `fullPath` is where the file is on the computer, so the user can find it outside the app. */
    result: z.object({ ...exportOutcome, written: workspacePathSchema.nullable(), fullPath: z.string().nullable() }),
  },
  /**
   * Desktop only (NOT_SUPPORTED in the browser host): the native Save dialog asks where, anywhere
   * on the computer (a pack is made to be shared), then export runs and writes there as
   * `pack:exportWrite` does. `savedTo` is the file written, for display; null when export
   * refused. When the user cancelled the dialog, only `cancelled` is answered: nothing ran.
   */
  'pack:exportSaveAs': {
    args: signedExportArgsSchema,
    result: z.discriminatedUnion('cancelled', [
      z.object({ cancelled: z.literal(true) }),
      z.object({ ...exportOutcome, savedTo: z.string().nullable(), cancelled: z.literal(false) }),
    ]),
  },
  /**
   * The pack files of the workspace (outside its state folder), newest first, for the Import
   * dialog to offer: at most MAX_LISTED_PACKS, `more` saying some were left out.
   */
  'pack:list': { args: z.object({}).strict(), result: z.object({ packs: z.array(workspacePackSchema), more: z.boolean() }) },
  /** Reads a pack (10 MB at most), checks its signature and lists its flows with their collisions. */
  'pack:open': { args: z.object({ source: packSourceSchema }).strict(), result: packOpenResultSchema },
  /**
   * Writes a pack's flows into `folder`. Every flow whose id is in the workspace needs a
   * choice; `replace` keeps a backup. A tampered pack is refused unless `allowTampered`.
   */
  'pack:import': {
    args: z
      .object({
        source: packSourceSchema,
        folder: workspacePathSchema,
        choices: z.record(z.string(), collisionChoiceSchema).default({}),
        allowTampered: z.boolean().default(false),
        /** How a kept-both copy is named, in the language of the person importing (copy-name.ts). */
        copyWords: z.object({ first: z.string().min(1).max(40), counted: z.string().min(1).max(40).includes('{{count}}') }).strict().default(ENGLISH_COPY_WORDS),
      })
      .strict(),
    result: packImportResultSchema,
  },
  'keys:listTrusted': {
    args: z.object({}).strict(),
    /** The keys, and whether the policy "require a signature from a trusted key" is on. */
    result: z.object({ keys: z.array(trustedKeySchema), requireTrusted: z.boolean().default(false) }),
  },
  /**
   * Remembers a signing key as trusted (in the app's data folder); trusting it again keeps the
   * first entry. `confirmedFingerprint` is the fingerprint the user compared with the one the
   * key's author gave them: a key is trusted only when it is this key's, so no caller can trust
   * a key without that comparison.
   */
  'keys:trust': {
    args: z.object({ author: z.string().min(1).max(200), publicKey: z.string().min(1).max(200), confirmedFingerprint: z.string().min(1).max(200) }).strict(),
    result: z.object({ fingerprint: z.string() }),
  },
  /** Turns the policy "require a signature from a trusted key" on or off (kept with the trusted keys). */
  'keys:setPolicy': { args: z.object({ requireTrusted: z.boolean() }).strict(), result: ok },
  'keys:forget': { args: z.object({ fingerprint: z.string().min(1).max(200) }).strict(), result: ok },
  /** The user's own signing keys the app keeps, sealed with the OS keychain; never their private part. */
  'keys:listSigning': {
    args: z.object({}).strict(),
    result: z.object({
      keys: z.array(z.object({ fingerprint: z.string(), author: z.string(), protected: z.boolean(), addedAt: z.string() })),
      keychain: keychainStatusSchema,
    }),
  },
  /** Keeps a private key file (its text) for signing; unencrypted storage needs `allowUnprotected`. */
  'keys:rememberSigning': {
    args: z.object({ text: z.string().max(10_000), allowUnprotected: z.boolean().default(false) }).strict(),
    result: z.object({ fingerprint: z.string(), author: z.string() }),
  },
  'keys:forgetSigning': { args: z.object({ fingerprint: z.string().min(1).max(200) }).strict(), result: ok },
  /**
   * Creates a new signing key for `author` and keeps it as `keys:rememberSigning` does (sealed
   * with the OS keychain; unencrypted storage needs `allowUnprotected`). Its private part never
   * leaves the host.
   */
  'keys:createSigning': {
    args: z.object({ author: z.string().min(1).max(200), allowUnprotected: z.boolean().default(false) }).strict(),
    result: z.object({ fingerprint: z.string(), author: z.string() }),
  },
  /** The public key file (`flowpack keygen`'s `.pub`) of a key the app keeps, to give to those who verify. */
  'keys:publicKey': {
    args: z.object({ fingerprint: z.string().min(1).max(200) }).strict(),
    result: z.object({ author: z.string(), fingerprint: z.string(), fileName: z.string(), text: z.string() }),
  },
} as const;
