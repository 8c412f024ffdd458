// The /clsm-check modal: population, amounts, one checkbox per piece (its full French label as
// the field label, since an option's text is capped at 75 characters), and the two options.
import type { InputBlock, ModalView } from '@slack/types';
import type { ViewOutput } from '@slack/bolt';
import { z } from 'zod';
import type { DossierData } from '../../knowledge/data-schema.js';
import type { CeilingTexts } from '../../rules/ceiling.js';
import {
  dossierSourceName,
  type DossierField,
  type FieldError,
  type RawDossierInput,
} from '../../rules/dossier.js';
import { plain, section } from '../blocks/kit.js';
import { CHECK_MODAL, checkModalIntro } from '../messages/check.js';

export const CHECK_MODAL_CALLBACK = 'clsm_check_modal';

const VALUE = 'value';
const PIECE_PREFIX = 'piece:';
const BLOCK = {
  population: 'population',
  coordination: 'coordination',
  actions: 'actions',
  options: 'options',
} as const;
const OPTION = { cosigned: 'cosigned', separateCoordinator: 'separate-coordinator' } as const;

/** Where the report goes once the modal is submitted (carried in private_metadata). */
const checkModalMetaSchema = z.object({
  responseUrl: z.url().optional(),
  channelId: z.string().optional(),
});
export type CheckModalMeta = z.infer<typeof checkModalMetaSchema>;

function textInput(
  blockId: string,
  label: string,
  placeholder: string,
  optional: boolean,
): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional,
    label: plain(label, 2000),
    element: {
      type: 'plain_text_input',
      action_id: VALUE,
      placeholder: plain(placeholder, 150),
    },
  };
}

export function checkModal(
  texts: { dossier: DossierData } & CeilingTexts,
  meta: CheckModalMeta,
): ModalView {
  const { dossier } = texts;
  const pieces: InputBlock[] = dossier.pieces.map((p) => ({
    type: 'input',
    block_id: `${PIECE_PREFIX}${p.id}`,
    optional: true,
    label: plain(p.label, 2000),
    element: {
      type: 'checkboxes',
      action_id: VALUE,
      options: [{ text: plain(CHECK_MODAL.pieceProvided), value: p.id }],
    },
  }));
  return {
    type: 'modal',
    callback_id: CHECK_MODAL_CALLBACK,
    private_metadata: JSON.stringify(meta),
    title: plain(CHECK_MODAL.title, 24),
    submit: plain(CHECK_MODAL.submit, 24),
    close: plain(CHECK_MODAL.close, 24),
    blocks: [
      section(checkModalIntro(dossierSourceName(texts))),
      textInput(BLOCK.population, CHECK_MODAL.population, CHECK_MODAL.populationPlaceholder, false),
      textInput(
        BLOCK.coordination,
        CHECK_MODAL.coordination,
        CHECK_MODAL.coordinationPlaceholder,
        true,
      ),
      textInput(BLOCK.actions, CHECK_MODAL.actions, CHECK_MODAL.actionsPlaceholder, true),
      section(CHECK_MODAL.piecesIntro),
      ...pieces,
      {
        type: 'input',
        block_id: BLOCK.options,
        optional: true,
        label: plain(CHECK_MODAL.options, 2000),
        element: {
          type: 'checkboxes',
          action_id: VALUE,
          options: [
            { text: plain(CHECK_MODAL.cosigned), value: OPTION.cosigned },
            { text: plain(CHECK_MODAL.separateCoordinator), value: OPTION.separateCoordinator },
          ],
        },
      },
    ],
  };
}

/** The submitted fields as typed, for parseDossierInput. */
export function readCheckSubmission(view: ViewOutput): RawDossierInput {
  const values = view.state.values;
  const text = (block: string): string | undefined => values[block]?.[VALUE]?.value ?? undefined;
  const checked = (block: string): string[] =>
    (values[block]?.[VALUE]?.selected_options ?? []).flatMap((o) =>
      'value' in o && typeof o.value === 'string' ? [o.value] : [],
    );
  const options = checked(BLOCK.options);
  return {
    population: text(BLOCK.population),
    coordination: text(BLOCK.coordination),
    actions: text(BLOCK.actions),
    pieces: Object.keys(values)
      .filter((block) => block.startsWith(PIECE_PREFIX))
      .flatMap(checked),
    cosigned: options.includes(OPTION.cosigned),
    separateCoordinator: options.includes(OPTION.separateCoordinator),
  };
}

/** Field errors keyed by the block that shows them (`response_action: 'errors'`). */
export function checkModalErrors(
  errors: FieldError[],
  dossier: DossierData,
): Record<string, string> {
  const firstPiece = `${PIECE_PREFIX}${dossier.pieces[0]?.id ?? ''}`;
  const blockOf: Record<DossierField, string> = { ...BLOCK, pieces: firstPiece };
  const out: Record<string, string> = {};
  for (const e of errors) {
    const block = blockOf[e.field];
    out[block] = out[block] ? `${out[block]} ${e.message}` : e.message;
  }
  return out;
}

export function readCheckModalMeta(view: ViewOutput): CheckModalMeta {
  let raw: unknown = {};
  try {
    raw = JSON.parse(view.private_metadata || '{}');
  } catch {
    raw = {};
  }
  const parsed = checkModalMetaSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}
