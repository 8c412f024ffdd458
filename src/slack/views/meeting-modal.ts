// The modal a reminder's button opens: record (or move) a COPIL or plenary date of a CLSM.
import type { ViewOutput } from '@slack/bolt';
import type { ModalView, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import { meetingKindSchema, type MeetingKind } from '../../knowledge/data-schema.js';
import { meetingHeading } from '../../reminders/labels.js';
import {
  clsmIdSchema,
  meetingDateSchema,
  meetingTimeSchema,
  placeSchema,
} from '../../reminders/registry-schema.js';
import type { NewMeeting } from '../../store/registry.js';
import { plain, section } from '../blocks/kit.js';
import { MEETING_MODAL, meetingModalIntro } from '../messages/meetings.js';

export const MEETING_MODAL_CALLBACK = 'clsm_record_meeting';

const VALUE = 'value';
export const MEETING_BLOCK = {
  kind: 'kind',
  date: 'date',
  time: 'time',
  place: 'place',
} as const;

/** The CLSM, the meeting the button was about, and where to confirm (private_metadata). */
const meetingModalMetaSchema = z.object({
  clsm: clsmIdSchema,
  meeting: meetingKindSchema,
  /** The planned date being moved, when the button was on an "upcoming" reminder. */
  date: meetingDateSchema.optional(),
  channel: z.string().optional(),
});
export type MeetingModalMeta = z.infer<typeof meetingModalMetaSchema>;

function kindOption(kind: MeetingKind): PlainTextOption {
  return { text: plain(meetingHeading(kind)), value: kind };
}

export function meetingModal(meta: MeetingModalMeta, clsmName: string): ModalView {
  return {
    type: 'modal',
    callback_id: MEETING_MODAL_CALLBACK,
    private_metadata: JSON.stringify(meta),
    title: plain(MEETING_MODAL.title, 24),
    submit: plain(MEETING_MODAL.submit, 24),
    close: plain(MEETING_MODAL.close, 24),
    blocks: [
      section(meetingModalIntro(clsmName, meta.date !== undefined)),
      {
        type: 'input',
        block_id: MEETING_BLOCK.kind,
        label: plain(MEETING_MODAL.kind, 2000),
        element: {
          type: 'static_select',
          action_id: VALUE,
          options: [kindOption('copil'), kindOption('pleniere')],
          initial_option: kindOption(meta.meeting),
        },
      },
      {
        type: 'input',
        block_id: MEETING_BLOCK.date,
        label: plain(MEETING_MODAL.date, 2000),
        element: {
          type: 'datepicker',
          action_id: VALUE,
          ...(meta.date ? { initial_date: meta.date } : {}),
        },
      },
      {
        type: 'input',
        block_id: MEETING_BLOCK.time,
        optional: true,
        label: plain(MEETING_MODAL.time, 2000),
        element: { type: 'timepicker', action_id: VALUE },
      },
      {
        type: 'input',
        block_id: MEETING_BLOCK.place,
        optional: true,
        label: plain(MEETING_MODAL.place, 2000),
        element: {
          type: 'plain_text_input',
          action_id: VALUE,
          placeholder: plain(MEETING_MODAL.placePlaceholder, 150),
        },
      },
    ],
  };
}

export type MeetingSubmission =
  { ok: true; meeting: NewMeeting } | { ok: false; errors: Record<string, string> };

const firstError = (error: z.ZodError): string => error.issues[0]?.message ?? MEETING_MODAL.invalid;

/** The submitted fields validated with the registry's own schemas (French messages). */
export function readMeetingSubmission(view: ViewOutput): MeetingSubmission {
  const values = view.state.values;
  const field = (block: string) => values[block]?.[VALUE];
  const errors: Record<string, string> = {};
  const kind = meetingKindSchema.safeParse(field(MEETING_BLOCK.kind)?.selected_option?.value);
  if (!kind.success) errors[MEETING_BLOCK.kind] = MEETING_MODAL.pickKind;
  const date = meetingDateSchema.safeParse(field(MEETING_BLOCK.date)?.selected_date ?? undefined);
  if (!date.success) errors[MEETING_BLOCK.date] = firstError(date.error);
  const rawTime = field(MEETING_BLOCK.time)?.selected_time ?? undefined;
  const time = rawTime ? meetingTimeSchema.safeParse(rawTime) : null;
  if (time && !time.success) errors[MEETING_BLOCK.time] = firstError(time.error);
  const rawPlace = field(MEETING_BLOCK.place)?.value?.trim() || undefined;
  const place = rawPlace ? placeSchema.safeParse(rawPlace) : null;
  if (place && !place.success) errors[MEETING_BLOCK.place] = firstError(place.error);
  if (!kind.success || !date.success || (time && !time.success) || (place && !place.success))
    return { ok: false, errors };
  return {
    ok: true,
    meeting: {
      kind: kind.data,
      date: date.data,
      ...(time?.success ? { time: time.data } : {}),
      ...(place?.success ? { place: place.data } : {}),
    },
  };
}

export function readMeetingModalMeta(view: ViewOutput): MeetingModalMeta | null {
  try {
    const parsed = meetingModalMetaSchema.safeParse(JSON.parse(view.private_metadata || '{}'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
