import { findPersonalData } from './personal-data';
import { findSecretForms } from './secret-forms';
import type { FoundSpan } from './secret-forms';
import { removeUrlSecrets } from './url-secrets';

/** What takes the place of a removed part of a text, so a sentence still reads as one (a whole value is emptied instead). */
export const REMOVED_MARK = '[removed]';

/** One value found in a text: what it is, whether it is personal data (which an author may keep), and whether it was kept. */
export interface TextFinding {
  what: string;
  personal: boolean;
  /** The value itself, for personal data only: the export dialog offers to keep it; it never goes into a pack. */
  value?: string;
  kept: boolean;
}

export interface ScrubbedText {
  text: string;
  findings: TextFinding[];
}

/**
 * The values an author chose to keep (a support address in a message). Compared without case
 * and, for phone numbers, by their digits: `+1 415-555-2671` keeps `+1 (415) 555 2671` too.
 */
export class KeepList {
  private readonly exact = new Set<string>();
  private readonly digits = new Set<string>();

  constructor(values: readonly string[] = []) {
    for (const value of values) {
      const trimmed = value.trim();
      if (trimmed === '') continue;
      this.exact.add(trimmed.toLowerCase());
      const onlyDigits = trimmed.replace(/\D/g, '');
      if (onlyDigits.length >= 7) this.digits.add(onlyDigits);
    }
  }

  get size(): number {
    return this.exact.size;
  }

  has(value: string): boolean {
    if (this.exact.size === 0) return false;
    if (this.exact.has(value.trim().toLowerCase())) return true;
    const onlyDigits = value.replace(/\D/g, '');
    return onlyDigits.length >= 7 && this.digits.has(onlyDigits);
  }
}

const NOTHING_KEPT = new KeepList();

/**
 * `text` with every secret (in URLs and by its form) and every piece of personal data removed,
 * except personal data the author keeps. Undefined when nothing was found, the common case,
 * so callers skip untouched strings cheaply.
 */
export function scrubText(text: string, keep: KeepList = NOTHING_KEPT): ScrubbedText | undefined {
  const findings: TextFinding[] = [];
  let current = text;
  const url = removeUrlSecrets(current);
  if (url) {
    current = url.text;
    if (url.credentials) findings.push({ what: 'credentials in a URL', personal: false, kept: false });
    for (const name of url.parameters) findings.push({ what: `token in a URL (${truncate(name, 60)} parameter)`, personal: false, kept: false });
  }
  const secrets = findSecretForms(current);
  const personal = findPersonalData(current);
  if (secrets.length > 0 || personal.length > 0) current = removeSpans(current, secrets, personal, keep, findings);
  if (findings.length === 0) return undefined;
  // A value that was nothing but the secret or the address is left empty, as a field never filled in.
  return { text: current.trim() === REMOVED_MARK ? '' : current, findings };
}

/**
 * Removes the spans, merged where they overlap (a secret wins over personal data it overlaps,
 * and is never kept). A personal span the author keeps stays as written and is reported as kept.
 */
function removeSpans(text: string, secrets: FoundSpan[], personal: FoundSpan[], keep: KeepList, findings: TextFinding[]): string {
  const spans = [...secrets.map((span) => ({ ...span, personal: false })), ...personal.map((span) => ({ ...span, personal: true }))];
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: (FoundSpan & { personal: boolean })[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (!span.personal && last.personal) Object.assign(last, { personal: false, what: span.what });
    } else {
      merged.push({ ...span });
    }
  }
  let out = '';
  let at = 0;
  for (const span of merged) {
    const value = text.slice(span.start, span.end);
    const kept = span.personal && keep.has(value);
    findings.push(span.personal ? { what: span.what, personal: true, value, kept } : { what: span.what, personal: false, kept: false });
    out += text.slice(at, span.start) + (kept ? value : REMOVED_MARK);
    at = span.end;
  }
  return out + text.slice(at);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
