import { z } from 'zod';
import { flowKindSchema, profileSchema } from '../format/profiles';

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
