/** A value a placeholder stands for. */
export type PlaceholderValues = Readonly<Record<string, string | number>>;

/** Words a `{{name, format}}` placeholder is written with (`plural` for a count in words). */
export type PlaceholderFormats = Readonly<Record<string, (value: string | number) => string>>;

// The syntax i18next uses in the UI's strings, so one template reads the same in a diagnostic's
// English message and in a translation: `{{name}}`, or `{{name, format}}`. A name may be dotted
// (`{{contact.firstName}}`): the platforms' message templates name a contact's data so, and a
// run fills them the same way.
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?\}\}/g;

/**
 * Fills each `{{name}}` of `template` with its value. A placeholder without a value stays as
 * written, so a missing parameter shows rather than silently vanishing; one with a format
 * nobody supplied is written plainly.
 */
export function fillPlaceholders(template: string, values: PlaceholderValues, formats: PlaceholderFormats = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string, format?: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    const write = format === undefined ? undefined : formats[format];
    return write ? write(value) : String(value);
  });
}

/** The names of the placeholders `template` uses, in order of appearance. */
export function placeholderNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}
