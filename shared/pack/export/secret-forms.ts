/**
 * Secrets recognised by their form, wherever they are written: a value, a name, a sentence of
 * free text, a key. The forms follow the public rule sets of secret scanners (gitleaks' default
 * rules and secretlint's recommended preset): a vendor prefix and the length and alphabet the
 * vendor documents, so ordinary text does not match. docs/FORMAT.md says why they are written
 * here rather than imported.
 */

/** One form of secret: how the report names it, and the pattern (global, so every match is found). */
interface SecretForm {
  what: string;
  pattern: RegExp;
}

const SECRET_FORMS: readonly SecretForm[] = [
  // PEM blocks first: their base64 body could otherwise be cut up by the narrower forms below.
  // A block pasted without its END line is removed to the end of the text.
  { what: 'private key', pattern: /-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----|[\s\S]*$)/g },
  // `Bearer <token>`: the token is removed with the word, whatever its form (a JWT, an opaque token).
  { what: 'bearer token', pattern: /\bbearer\s+(?!\{\{)[A-Za-z0-9._~+/-]*[0-9._~+/-][A-Za-z0-9._~+/-]*=*/gi },
  { what: 'JSON web token', pattern: /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g },
  { what: 'Stripe key', pattern: /\b(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,247}\b/g },
  { what: 'Stripe webhook secret', pattern: /\bwhsec_[A-Za-z0-9]{24,}\b/g },
  { what: 'AWS access key id', pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g },
  // The secret half of an AWS key pair has no prefix: it is recognised by the name written before it.
  { what: 'AWS secret access key', pattern: /\baws_?(?:secret_?(?:access_?)?key|secret)["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/gi },
  { what: 'GitHub token', pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}\b/g },
  { what: 'GitHub token', pattern: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g },
  { what: 'GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}\b/g },
  { what: 'Slack token', pattern: /\bxox[abposre]-[A-Za-z0-9-]{10,}/g },
  { what: 'Slack token', pattern: /\bxapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+/g },
  { what: 'Slack webhook', pattern: /\bhooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{20,}/g },
  { what: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { what: 'OpenAI or Anthropic key', pattern: /\bsk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g },
  { what: 'SendGrid key', pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/g },
  { what: 'Google API key', pattern: /\bAIza[A-Za-z0-9_-]{35}\b/g },
  { what: 'Shopify token', pattern: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/g },
  { what: 'Linear key', pattern: /\blin_api_[A-Za-z0-9]{40}\b/g },
];

/**
 * When an AWS access key id is in a text, the 40-character secret written beside it is the
 * other half of the pair, named or not ("AKIA... / wJalr...").
 */
const AWS_KEY_ID = /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/;
const AWS_SECRET_BESIDE_ID: SecretForm = { what: 'AWS secret access key', pattern: /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g };

/** A part of a text to remove, and what it is. */
export interface FoundSpan {
  start: number;
  end: number;
  what: string;
}

/**
 * All the forms in one pattern, tried first: export scans every string of every flow, and one
 * pass that finds nothing (the common case) costs a fraction of twenty.
 */
const ANY_FORM = new RegExp(SECRET_FORMS.map((form) => (form.pattern.flags.includes('i') ? caseless(form.pattern.source) : form.pattern.source)).join('|'));

/** Every secret recognisable by its form in `text`, in no particular order (spans may overlap). */
export function findSecretForms(text: string): FoundSpan[] {
  const found: FoundSpan[] = [];
  // Every form is at least 16 characters long; most strings of a flow are shorter.
  if (text.length < 16 || !ANY_FORM.test(text)) return found;
  for (const form of SECRET_FORMS) collect(text, form, found);
  if (AWS_KEY_ID.test(text)) collect(text, AWS_SECRET_BESIDE_ID, found);
  return found;
}

/** A pattern's source that matches its letters in either case, for the combined pattern (which has no `i` flag). */
function caseless(source: string): string {
  return source.replace(/\\.|\[(?:\\.|[^\]])*\]|[a-zA-Z]/g, (part) => (part.length === 1 ? `[${part.toLowerCase()}${part.toUpperCase()}]` : part));
}

function collect(text: string, form: SecretForm, found: FoundSpan[]): void {
  form.pattern.lastIndex = 0;
  for (const match of text.matchAll(form.pattern)) found.push({ start: match.index, end: match.index + match[0].length, what: form.what });
}
