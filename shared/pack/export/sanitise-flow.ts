import { findStepType, profileCatalog } from '../../catalog/registry';
import type { ExportPolicy, ProfileCatalog, ReferenceDeclaration, StepType } from '../../catalog/types';
import type { ReportReference, ReportValue, ReportedRefKind, ReportedValue, TravellingReference } from './export-report';
import type { Diagnostic } from '../../format/diagnostic';
import { walkRefs } from '../../format/entity-ref';
import type { JsonPath, RefLike } from '../../format/entity-ref';
import type { Flow } from '../../format/flow-schema';
import { diagnostic } from '../../validation/messages';
import type { SanitisationAction, SanitisationItem } from '../pack-schema';
import { fieldPattern, isRecord, pathKey, valueAt, valuesAt } from '../../format/json-paths';
import type { FieldPattern } from '../../format/json-paths';
import { copyJson } from '../../json/copy-json';
import { isKnownRefKind, referenceWhat } from './report-labels';
import { EMAIL_ADDRESS, PHONE_NUMBER } from './personal-data';
import { secretFields } from './secret-fields';
import { removeSecretKeys, scrubStringsEverywhere } from './secret-values';
import { KeepList, REMOVED_MARK, scrubText } from './text-scrubber';
import type { TextFinding } from './text-scrubber';
import { ValueRemover } from './value-remover';

/** One flow after export's rules: the copy that goes into the pack, what changed, and what blocks it. */
export interface SanitisedFlow {
  flow: Flow;
  items: SanitisedItem[];
  /** Personal data left in the flow because the author chose to keep it (action `kept`). */
  kept: SanitisedItem[];
  /**
   * The value of each removed item the author could choose to keep (personal data), by the
   * item's index in `items`: for the export dialog's "Keep", never written into a pack.
   */
  keepable: Map<number, string>;
  /** `EXPORT_BLOCKED` errors: steps or references the platform never exports. */
  blocked: Diagnostic[];
  /** References that leave with the flow (a team's id, a tag's name), for the destination to hold. */
  travels: TravellingReference[];
}

/** An item of the report; a whole reference also says its kind. */
export type SanitisedItem = SanitisationItem & ReportReference & ReportValue;

/** What an item carries besides the English words: a reference's kind, or a value's code. */
type ItemCodes = ReportReference & ReportValue;

/** The code of a piece of personal data, by the words the text scrubber found it with. */
function personalValue(what: string): ItemCodes {
  const code = what === EMAIL_ADDRESS ? 'emailAddress' : what === PHONE_NUMBER ? 'phoneNumber' : undefined;
  return code === undefined ? {} : { value: { code } satisfies ReportedValue };
}

/** Reference kinds that name people: removed like other personal data unless the author keeps one. */
const PERSONAL_REF_KINDS: ReadonlySet<string> = new Set(['user', 'contact']);

/**
 * Applies every export rule of the flow's profile to a copy of the flow (the input is not
 * changed): reference policies (declared fields from the step, anything else from the
 * profile's `refDefaults`), step export rules, secret fields, secret keys in extension
 * data, secrets by their form and personal data in every string and key (names, free text,
 * `meta` and extensions included), tokens and credentials in URLs, and attachments, which
 * never travel. Personal data whose value is in `keep` stays, and is listed as kept.
 */
export function sanitiseFlow(source: Flow, keep: KeepList = new KeepList()): SanitisedFlow {
  return new FlowSanitiser(source, keep).run();
}

class FlowSanitiser {
  private readonly flow: Flow;
  private readonly catalog: ProfileCatalog;
  private readonly remover: ValueRemover;
  private readonly items: SanitisedItem[] = [];
  private readonly kept: SanitisedItem[] = [];
  private readonly keepable = new Map<number, string>();
  private readonly blocked: Diagnostic[] = [];
  private readonly travels: TravellingReference[] = [];

  constructor(
    source: Flow,
    private readonly keep: KeepList,
  ) {
    // A deep copy: the flow is plain JSON, and the author's document must stay as it was.
    this.flow = copyJson(source);
    this.catalog = profileCatalog(this.flow.profile);
    this.remover = new ValueRemover(this.flow);
  }

  run(): SanitisedFlow {
    const { flow } = this;
    flow.nodes.forEach((_node, index) => this.sanitiseNode(index));
    flow.edges.forEach((edge, index) => {
      if (edge.extensions) this.sanitiseExtensions(edge.extensions, ['edges', index, 'extensions']);
    });
    this.applyRefPolicies(flow.meta, ['meta'], NO_DECLARATIONS);
    removeSecretKeys(flow.meta, ['meta'], this.removeAt, this.recordRemoved);
    this.sanitiseExtensions(flow.extensions, ['extensions']);
    this.scrubTexts();
    this.remover.finish();
    this.cleanItemTexts();
    return { flow, items: this.items, kept: this.kept, keepable: this.keepable, blocked: this.blocked, travels: this.travels };
  }

  /**
   * Every string and key a person or a tool could have written into: names, descriptions,
   * step settings, entity declarations, `meta` and extensions. Ids, step types and ports are
   * structure the schema checks, and are left alone.
   */
  private scrubTexts(): void {
    const { flow } = this;
    const edit = { replace: (path: JsonPath, value: unknown) => this.remover.replace(path, value), remove: this.removeAt };
    const scrub = (root: unknown, base: JsonPath) => scrubStringsEverywhere(root, base, this.keep, edit, this.recordFinding);
    scrub(flow.name, ['name']);
    // A flow has a name: one that was nothing but an address reads as removed rather than empty.
    if (flow.name === '') flow.name = REMOVED_MARK;
    scrub(flow.description, ['description']);
    scrub(flow.entities, ['entities']);
    scrub(flow.meta, ['meta']);
    scrub(flow.extensions, ['extensions']);
    flow.nodes.forEach((node, index) => {
      scrub(node.name, ['nodes', index, 'name']);
      scrub(node.config, ['nodes', index, 'config']);
      if (node.extensions) scrub(node.extensions, ['nodes', index, 'extensions']);
    });
    flow.edges.forEach((edge, index) => {
      if (edge.extensions) scrub(edge.extensions, ['edges', index, 'extensions']);
    });
  }

  /**
   * The report travels in the pack, so its own texts are cleaned too: flow and step names as
   * they are after export, and any key or parameter name in a path or a label that held a value.
   */
  private cleanItemTexts(): void {
    const clean = (text: string) => scrubText(text, this.keep)?.text ?? text;
    for (const item of [...this.items, ...this.kept, ...this.travels]) {
      item.flowName = this.flow.name;
      if (item.nodeId !== undefined && typeof item.path[1] === 'number') item.nodeName = this.flow.nodes[item.path[1]]?.name ?? REMOVED_MARK;
      item.path = item.path.map((key) => (typeof key === 'string' ? clean(key) : key));
      if ('what' in item) item.what = clean(item.what);
      else item.entity = clean(item.entity);
    }
  }

  private readonly recordFinding = (path: JsonPath, finding: TextFinding) => {
    if (finding.kept) {
      this.kept.push(this.item(path, finding.what, 'kept', personalValue(finding.what)));
      return;
    }
    if (finding.personal && finding.value !== undefined) this.keepable.set(this.items.length, finding.value);
    this.record(path, finding.what, 'removed', personalValue(finding.what));
  };

  // Bound once: export calls these for every node and extension object of every flow.
  private readonly removeAt = (path: JsonPath) => this.remover.remove(path);
  private readonly recordRemoved = (path: JsonPath, what: string) => this.record(path, what, 'removed');

  private sanitiseNode(index: number): void {
    const node = this.flow.nodes[index]!;
    const step = findStepType(this.flow.profile, node.type);
    // Never changed by the callees (they build new paths from it), so one array serves them all.
    const configPath: JsonPath = ['nodes', index, 'config'];
    const rules = step?.exportRules;
    if (step && rules?.block) {
      const reason = `${this.flow.profile} platforms never export a flow with a "${step.labels.en}" step; remove it to export this flow`;
      this.block(index, reason);
    }
    for (const field of rules?.stripFields ?? []) this.stripField(node.config, field, [...configPath, field]);
    this.applyRefPolicies(node.config, configPath, step ? declaredReferences(step, node.config, configPath) : NO_DECLARATIONS);
    if (step) this.removeSecretFields(step, node.config, configPath);
    // Config keys no schema declares are as unknown as extension data: secret-named ones go too.
    removeSecretKeys(node.config, configPath, this.removeAt, this.recordRemoved);
    if (node.extensions) this.sanitiseExtensions(node.extensions, ['nodes', index, 'extensions']);
    if (step && rules?.deactivate && node.config.active !== false) {
      node.config.active = false;
      this.record([...configPath, 'active'], `${step.labels.en.toLowerCase()} step`, 'deactivated', { value: { code: 'step', step: step.labels } });
    }
  }

  /** A field the step's export rules remove whole (an email's sender and attachments). */
  private stripField(config: Record<string, unknown>, field: string, path: JsonPath): void {
    if (!Object.prototype.hasOwnProperty.call(config, field)) return;
    let references = 0;
    walkRefs(
      config[field],
      (ref, refPath) => {
        references++;
        if (!isPlaceholderLike(ref)) this.record(refPath, referenceWhat(ref.$ref), 'removed', { refKind: reportedKind(ref.$ref) });
      },
      path,
    );
    if (references === 0 && !isBlank(config[field])) this.record(path, `${field} field`, 'removed');
    delete config[field];
  }

  private sanitiseExtensions(extensions: Record<string, unknown>, path: JsonPath): void {
    this.applyRefPolicies(extensions, path, NO_DECLARATIONS);
    removeSecretKeys(extensions, path, this.removeAt, this.recordRemoved);
  }

  /** Every reference under `root`: the step's declaration where one covers the path, else the profile default. */
  private applyRefPolicies(root: unknown, base: JsonPath, declared: ReadonlyMap<string, ReferenceDeclaration>): void {
    const found: [RefLike, JsonPath][] = [];
    walkRefs(root, (ref, path) => found.push([ref, path]), base);
    for (const [ref, path] of found) {
      // A reference inside one already kept, reduced or removed went with it.
      if (valueAt(this.flow, path) !== ref) continue;
      this.applyPolicy(ref, path, declared.size === 0 ? undefined : declared.get(pathKey(path)));
    }
  }

  private applyPolicy(ref: RefLike, path: JsonPath, declaration: ReferenceDeclaration | undefined): void {
    const kind = ref.$ref;
    const what = referenceWhat(kind);
    const refKind = reportedKind(kind);
    let policy: ExportPolicy;
    // Unknown kinds cannot be judged safe, and attachments never travel, whatever a declaration says.
    if (!isKnownRefKind(kind) || kind === 'attachment') policy = 'strip';
    else if (declaration && declaration.kinds.includes(kind)) policy = declaration.export;
    else policy = this.catalog.refDefaults[kind].export;

    // A person (a user, a contact) is personal data: removed, unless the author keeps this one by its id or name.
    if (PERSONAL_REF_KINDS.has(kind) && !isPlaceholderLike(ref)) {
      const identifiers = [ref.id, ref.uuid, ref.name].filter((value): value is string => typeof value === 'string' && value !== '');
      if (identifiers.some((value) => this.keep.has(value))) {
        const kept = pickReference(ref, ['id', 'uuid', 'name']);
        if (Object.keys(kept).length !== Object.keys(ref).length) this.remover.replace(path, kept);
        this.kept.push(this.item(path, what, 'kept', { refKind }));
        return;
      }
      policy = 'strip';
      const shown = typeof ref.name === 'string' && ref.name !== '' ? ref.name : identifiers[0];
      if (shown !== undefined) this.keepable.set(this.items.length, shown);
    }

    if (policy === 'block') {
      const reason = `it holds a ${what} (${formatRelative(path)}), which ${this.flow.profile} platforms never export`;
      this.block(typeof path[1] === 'number' && path[0] === 'nodes' ? path[1] : undefined, reason);
      return;
    }
    if (policy === 'keep') {
      this.recordTravel(ref, path, false, declaration);
      const kept = pickReference(ref, ['id', 'uuid', 'name']);
      if (Object.keys(kept).length !== Object.keys(ref).length) {
        this.remover.replace(path, kept);
        this.record(path, `extra data of a ${what}`, 'removed', { value: { code: 'extraData', of: refKind } });
      }
      return;
    }
    if (policy === 'byName' && typeof ref.name === 'string' && ref.name !== '') {
      this.recordTravel(ref, path, true, declaration);
      const kept = pickReference(ref, ['name']);
      if (Object.keys(kept).length !== Object.keys(ref).length) {
        this.remover.replace(path, kept);
        this.record(path, what, 'keptByName', { refKind });
      }
      return;
    }
    // strip (or byName without a name to keep)
    if (declaration && typeof path[path.length - 1] === 'string') {
      // A declared single reference becomes a placeholder, so the step keeps its shape and
      // the destination is asked to choose (a client-feed post's author, a task's assignee).
      this.remover.replace(path, { $ref: kind });
    } else {
      this.remover.remove(path);
    }
    if (!isPlaceholderLike(ref)) this.record(path, what, 'removed', { refKind });
  }

  private removeSecretFields(step: StepType, config: Record<string, unknown>, base: JsonPath): void {
    for (const secret of secretFields(step.config)) {
      for (const [value, relative] of valuesAt(config, secret.pattern)) {
        if (value === undefined || value === null || value === '') continue;
        const path = [...base, ...relative];
        // Emptied rather than deleted: the step stays well-formed (a header keeps its name).
        if (typeof value === 'string') this.remover.replace(path, '');
        else this.remover.remove(path);
        this.record(path, secret.what, 'removed');
      }
    }
  }

  private block(nodeIndex: number | undefined, reason: string): void {
    const node = nodeIndex === undefined ? undefined : this.flow.nodes[nodeIndex];
    const target = node
      ? { flowId: this.flow.id, nodeId: node.id, path: ['nodes', nodeIndex!] }
      : { flowId: this.flow.id, path: [] };
    this.blocked.push(diagnostic('error', 'EXPORT_BLOCKED', { node: node ? node.name || node.id : this.flow.name, reason }, target));
  }

  /** A reference that stays in the pack; a placeholder (no value) leaves nothing the destination must hold. */
  private recordTravel(ref: RefLike, path: JsonPath, byName: boolean, declaration: ReferenceDeclaration | undefined): void {
    const kind = ref.$ref;
    const entity = (byName ? [ref.name] : [ref.name, ref.id, ref.uuid]).find((value): value is string => typeof value === 'string' && value !== '');
    if (entity === undefined || !isKnownRefKind(kind)) return;
    const onImport = declaration && declaration.kinds.includes(kind) ? declaration.import : this.catalog.refDefaults[kind].import;
    this.travels.push({ ...this.place(path), kind, entity, byName, onImport });
  }

  /** `codes`: the reference's kind or the value's code, so each screen words the item in its language. */
  private record(path: JsonPath, what: string, action: SanitisationAction, codes: ItemCodes = {}): void {
    this.items.push(this.item(path, what, action, codes));
  }

  private item(path: JsonPath, what: string, action: SanitisationAction, codes: ItemCodes = {}): SanitisedItem {
    return { ...this.place(path), what, action, ...codes };
  }

  /** The flow, and the step when the path is inside one, of a value at `path`. */
  private place(path: JsonPath): Pick<SanitisationItem, 'flowId' | 'flowName' | 'nodeId' | 'nodeName' | 'path'> {
    const place: Pick<SanitisationItem, 'flowId' | 'flowName' | 'nodeId' | 'nodeName' | 'path'> = { flowId: this.flow.id, flowName: this.flow.name, path: [...path] };
    if (path[0] === 'nodes' && typeof path[1] === 'number') {
      const node = this.flow.nodes[path[1]];
      if (node) Object.assign(place, { nodeId: node.id, nodeName: node.name });
    }
    return place;
  }
}

/** References no step declares: everything outside a node's config (extensions, meta). */
const NO_DECLARATIONS: ReadonlyMap<string, ReferenceDeclaration> = new Map();

/** Each declared field's pattern, parsed once: the fields are the catalog's, and export asks for them on every node. */
const declaredPatterns = new Map<string, FieldPattern>();

/** Paths of the references a step declares, in this node's config. */
function declaredReferences(step: StepType, config: Record<string, unknown>, base: JsonPath): ReadonlyMap<string, ReferenceDeclaration> {
  if (step.references.length === 0) return NO_DECLARATIONS;
  const declared = new Map<string, ReferenceDeclaration>();
  for (const declaration of step.references) {
    let pattern = declaredPatterns.get(declaration.field);
    if (!pattern) declaredPatterns.set(declaration.field, (pattern = fieldPattern(declaration.field)));
    for (const [, path] of valuesAt(config, pattern)) declared.set(pathKey([...base, ...path]), declaration);
  }
  return declared;
}

/** `$ref` plus those of `keys` that hold text: nothing else of the source object travels. */
function pickReference(ref: RefLike, keys: readonly string[]): Record<string, unknown> {
  const kept: Record<string, unknown> = { $ref: ref.$ref };
  for (const key of keys) if (typeof ref[key] === 'string' && ref[key] !== '') kept[key] = ref[key];
  return kept;
}

/** A reference holding no value at all: removing it removes nothing worth reporting. */
function isPlaceholderLike(ref: RefLike): boolean {
  return Object.keys(ref).length === 1;
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isRecord(value) && Object.keys(value).length === 0;
}

function formatRelative(path: JsonPath): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('').replace(/^\./, '');
}

function reportedKind(kind: string): ReportedRefKind {
  return isKnownRefKind(kind) ? kind : 'unknown';
}
