import { z } from 'zod';
import type { FieldMeta } from './types';

/** Labels and widget hints of config fields, kept apart from zod's global registry. */
export const fieldRegistry = z.registry<FieldMeta>();
