/**
 * The form in which import compares entity names. The platforms reuse an entity only when one
 * has exactly the same name, so case, accents, spaces and punctuation all count: "VIP" and
 * "vip", "Cafe" and "Café" are different names. Only the two spellings Unicode gives one
 * accented letter (a single character, or a letter followed by a combining accent, which macOS
 * and some keyboards produce) are the same name: they are the same text, shown identically,
 * and a person cannot tell which one they typed.
 */
export function entityNameKey(name: string): string {
  return name.normalize('NFC');
}
