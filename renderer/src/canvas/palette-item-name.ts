type Translate = (key: string, options: Record<string, unknown>) => string;

/**
 * The accessible name of a palette button: "Add Wait". A step whose label already starts with
 * the verb ("Add or remove tags") is named by its label alone, so it never reads "Add Add …";
 * the verb is whatever the UI's language puts before the label.
 */
export function paletteItemName(t: Translate, label: string): string {
  const verb = t('canvas.addStep', { label: '' }).trim().toLocaleLowerCase();
  const lower = label.toLocaleLowerCase();
  return verb !== '' && (lower === verb || lower.startsWith(`${verb} `)) ? label : t('canvas.addStep', { label });
}
