import { z } from 'zod';
import { citationSchema } from './schema.js';

const text = z.string().trim().min(1);

/** §6 of the Occitanie 2023 cahier: ceilings by population of the CLS territory. */
export const fundingFileSchema = z.strictObject({
  tiers: z
    .array(
      z.strictObject({
        from: z.int().nonnegative(),
        upTo: z.int().positive(),
        ceiling: z.int().positive(),
        citation: citationSchema,
      }),
    )
    .min(1),
  /** The ceiling caps coordination and actions together. */
  scope: citationSchema,
  /** What the ceiling pays for, said beside a computed ceiling. */
  covers: z.strictObject({ text, citations: z.array(citationSchema).min(1) }),
  noParity: citationSchema,
  withinCls: citationSchema,
  filing: citationSchema,
});

export const pieceConditionSchema = z.enum([
  'always',
  'not-cosigned',
  'coordination-requested',
  'actions-requested',
]);

/** §7 of the Occitanie 2023 cahier: the pieces of a labelling dossier (ids are a contract). */
export const dossierFileSchema = z.strictObject({
  pieces: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
        label: text,
        requiredWhen: pieceConditionSchema,
        citation: citationSchema,
      }),
    )
    .min(1),
  /** What a coordinator not shared with the CLS must add to the `coordonnateur` piece. */
  separateCoordinator: citationSchema,
});

export const meetingKindSchema = z.enum(['copil', 'pleniere']);
/** The meeting kinds the texts set a cadence for, in the order they are shown. */
export const MEETING_KINDS = meetingKindSchema.options;

/** How often each body meets, in the ruling text and in the texts it replaced. */
export const meetingsFileSchema = z.strictObject({
  cadences: z
    .array(
      z.strictObject({
        meeting: meetingKindSchema,
        label: text, // "comité de pilotage (COPIL)"
        perYear: z.int().positive(),
        citation: citationSchema,
        previously: citationSchema.optional(),
      }),
    )
    .length(2),
});

/** Annex 1 §4 of the 2025 référentiel: who must at least sit in a COPIL. */
export const copilFileSchema = z.strictObject({
  minimalComposition: z.array(z.strictObject({ id: z.string(), label: text })).min(1),
  citation: citationSchema,
});

export type FundingData = z.infer<typeof fundingFileSchema>;
export type DossierData = z.infer<typeof dossierFileSchema>;
export type DossierPiece = DossierData['pieces'][number];
export type PieceCondition = z.infer<typeof pieceConditionSchema>;
export type MeetingsData = z.infer<typeof meetingsFileSchema>;
export type MeetingKind = z.infer<typeof meetingKindSchema>;
export type CopilData = z.infer<typeof copilFileSchema>;
