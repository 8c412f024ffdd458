import { z } from 'zod';
import { sourceFileSchema } from './schema.js';

const text = z.string().trim().min(1);

/** knowledge/sources/section-starts.yml: where each section of each text begins. */
export const sectionStartsFileSchema = z.strictObject({
  sources: z.array(
    z.strictObject({
      file: sourceFileSchema,
      /** In text order: section id and the words its heading line begins with. */
      starts: z.array(z.strictObject({ section: text, heading: text })).min(1),
    }),
  ),
});

/** knowledge/not-covered.yml: rule-looking sentences deliberately left without an entry. */
export const notCoveredItemSchema = z.strictObject({
  source: sourceFileSchema,
  section: text,
  /** Verbatim from the source (after folding); excuses every sentence it overlaps. */
  excerpt: z.string().trim().min(8),
  /** Why: "titre", "exemple illustratif", "contact", "répète §3, couvert par entrée X"... */
  reason: text,
});
export const notCoveredFileSchema = z.strictObject({
  items: z.array(notCoveredItemSchema),
});

export type SectionStartsFile = z.infer<typeof sectionStartsFileSchema>;
export type NotCoveredItem = z.infer<typeof notCoveredItemSchema>;
