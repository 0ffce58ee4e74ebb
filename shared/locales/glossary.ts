/** The product's concepts every language names with one term. */
export type Concept = 'step' | 'flow' | 'trigger' | 'connection' | 'pack' | 'tenant' | 'workspace' | 'template' | 'profile';

/**
 * One language's glossary: the term it uses for each concept, and the synonyms it does not use
 * (each with the term to write instead), so a person never wonders whether two words name two
 * things. A test scans every string of the language for the words to avoid.
 */
export interface Glossary {
  terms: Readonly<Record<Concept, string>>;
  /** A word or phrase not to use (matched as whole words, any case) → the preferred term. */
  avoid: Readonly<Record<string, string>>;
}
