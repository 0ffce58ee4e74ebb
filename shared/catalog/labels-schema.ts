import { z } from 'zod';

import { LOCALES } from '../locales/locales';

/**
 * Labels as they cross a boundary (a host call's answer): a text in every language. A module of
 * its own so the catalog, which the editor loads at start, does not build it (only host calls use it).
 */
export const labelsSchema = z.record(z.enum(LOCALES), z.string());
