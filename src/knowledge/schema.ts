import { z } from 'zod';
import { SLUG_EXPECTED, shortTitleNeeded, shortTitleTooLong } from './messages.js';

/** Seed file names, unchanged from ../shared/seeds (the contract of every citation). */
export const SOURCE_FILES = [
  '000_10be37d904fc2112.txt',
  '001_c2705b3667534257.txt',
  '002_29b56df44670a6a0.txt',
  '003_cc92af99d410d381.txt',
  '004_95adf102e0f01a72.txt',
] as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, SLUG_EXPECTED);
const text = z.string().trim().min(1);

/**
 * What a question asks about its topic, and what an entry answers about it: "qui préside le
 * COPIL" and "c'est quoi le COPIL" share a topic, not a facet. Entries list theirs in the
 * knowledge base; questions get theirs from the patterns below.
 */
export const FACETS = [
  'presidence', // who presides, chairs, leads
  'composition', // who sits on, who takes part
  'cadence', // how often
  'montant', // amount, ceiling, budget
  'duree', // how long (a contract, a period)
  'quotite', // working time (ETP, full time)
  'pieces', // documents of a dossier
  'financeur', // who funds
  'porteur', // who carries, applies, signs, decides
  'definition', // what it is
  'role', // missions, what it is for
  'procedure', // how to do it, steps
  'date', // when, deadline
  'contact', // whom to write to
  'nombre', // counts, rates, figures
  'indicateur', // what is measured (indicators), not its value
  'obligation', // must, may, is it compulsory
  'perimetre', // territory, scale, who it concerns
  'objectif', // aims, priorities, themes
  'difference', // how two things differ or relate
  'lieu', // where a meeting is held
] as const;
export const facetSchema = z.enum(FACETS);

export const sourceFileSchema = z.enum(SOURCE_FILES);
export const scopeSchema = z.enum(['national', 'occitanie', 'regional']);

export const sectionSchema = z.strictObject({
  id: text, // e.g. "§6", "Annexe 1 §4"
  title: text,
  /** false for sections that state no rule (signatures, contacts...): reason required. */
  ruleBearing: z.boolean().default(true),
  reason: text.optional(),
});

export const sourceSchema = z.strictObject({
  file: sourceFileSchema,
  short: text, // how answers name it: "Cahier des charges ARS Occitanie (2023)"
  title: text,
  issuer: text,
  date: text, // as precise as the text allows: "2025-05-13", "2023-03", "2018"
  scope: scopeSchema,
  status: z.enum(['en-vigueur', 'historique']),
  url: z.url().optional(),
  /** What users call it besides its title and year ("le dépliant"): a question naming it prefers its entries. */
  calledAs: z.array(text).default([]),
  /**
   * Whom the text addresses ("élus"): "c'est quoi un CLS, en une phrase pour un élu ?", naming no
   * text, asks what it is as the text written for them says.
   */
  writtenFor: z.array(text).default([]),
  sections: z.array(sectionSchema).min(1),
});
export const sourcesFileSchema = z.strictObject({
  sources: z.array(sourceSchema).length(5),
});

export const citationSchema = z.strictObject({
  source: sourceFileSchema,
  section: text, // a section id of that source in sources.yml
  quote: z.string().trim().min(15),
});

/** Slack's button labels hold 75 characters: a longer title needs a shortTitle for them. */
export const BUTTON_LABEL_MAX = 75;

export const entrySchema = z
  .strictObject({
    id: slug,
    title: text, // topic label, used in "Voir aussi" and abstention suggestions
    /** What the entry answers about its topic (who presides, how often…): ranking reads it. */
    facets: z.array(facetSchema).min(1),
    /** The label of "Voir aussi" buttons when `title` is longer than 75 characters. */
    shortTitle: text
      .max(BUTTON_LABEL_MAX, {
        error: shortTitleTooLong(BUTTON_LABEL_MAX),
      })
      .optional(),
    answer: text, // stands alone, pasteable into an email
    questions: z.array(text).min(3), // ways people ask it, as they type
    keywords: z.array(text).default([]),
    citations: z.array(citationSchema).min(1),
    scope: scopeSchema,
    related: z.array(slug).default([]),
    /** On an entry of an older text: the entry of the text that replaced it on that point. */
    supersededBy: slug.optional(),
    /**
     * The texts do not settle what the entry is about (no text names a president of the
     * plenary, sets a diploma…): its answer says so and what they do say, as an abstention.
     */
    silent: z.boolean().default(false),
    note: text.optional(), // the "À noter" line: how another text differs
  })
  .refine((e) => e.title.length <= BUTTON_LABEL_MAX || e.shortTitle !== undefined, {
    path: ['shortTitle'],
    error: shortTitleNeeded(BUTTON_LABEL_MAX),
  });
export const entriesFileSchema = z.strictObject({
  entries: z.array(entrySchema).min(1),
});

export const glossaryTermSchema = z.strictObject({
  acronym: z.string().regex(/^[A-Za-z0-9’'\- ]+$/),
  expansion: text,
  /** The entry that explains what it is, for "c'est quoi un PTSM ?". */
  entry: slug.optional(),
  /**
   * The entry that explains it as one text does, for "c'est quoi un CLS d'après la plaquette
   * ?": keyed by the text's file.
   */
  entryInText: z.partialRecord(sourceFileSchema, slug).optional(),
  /**
   * What users call it besides its expansion ("conseil local", "le plan départemental de santé
   * mentale"): a question naming it so is read as naming the acronym.
   */
  alsoCalled: z.array(z.string().min(5)).optional(),
  citation: citationSchema,
});
export const glossaryFileSchema = z.strictObject({
  terms: z.array(glossaryTermSchema).min(1),
});

export type Source = z.infer<typeof sourceSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Facet = z.infer<typeof facetSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;
