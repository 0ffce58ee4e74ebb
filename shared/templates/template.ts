import { z } from 'zod';
import { flowKindSchema, profileSchema } from '../format/profiles';
import type { Locale } from '../locales/locales';

/** A template a new flow can start from: built in, or saved by the user. */
export const templateSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  profile: profileSchema,
  kind: flowKindSchema,
  source: z.enum(['builtin', 'user']),
  /** The template's flow document as canonical JSON text. */
  text: z.string(),
});
export type Template = z.infer<typeof templateSchema>;

/** The templates that ship with the app, in a language (shared/templates/templates-in-language.ts `builtinTemplatesIn`). */
export type BuiltinTemplates = (locale: Locale) => readonly Template[];
