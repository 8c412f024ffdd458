// A reminder's "record the date" button → the meeting modal → the registry, then a line in the
// CLSM's channel saying who recorded what.
import type { App, BlockButtonAction } from '@slack/bolt';
import { meetingHeading, meetingWhen } from '../../reminders/labels.js';
import { RegistryError, addMeeting, getClsm, rescheduleMeeting } from '../../store/registry.js';
import { RECORD_MEETING_ACTION, parseRecordMeetingValue } from '../blocks/reminder.js';
import type { SlackDeps } from '../deps.js';
import { MEETING_DONE, RECORDED_NOT_ANNOUNCED, UNKNOWN_CLSM } from '../messages/meetings.js';
import { guarded, tellUser } from '../tell-user.js';
import {
  MEETING_BLOCK,
  MEETING_MODAL_CALLBACK,
  meetingModal,
  readMeetingModalMeta,
  readMeetingSubmission,
} from '../views/meeting-modal.js';

export function registerMeetingRecording(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(
    RECORD_MEETING_ACTION,
    async ({ ack, action, body, client, respond, logger }) => {
      await ack();
      const value = parseRecordMeetingValue(action.value);
      if (!value) {
        logger.warn('record-meeting button with an unreadable value');
        return;
      }
      const channel = body.channel?.id;
      const to = { user: body.user.id, ...(channel ? { channel } : {}) };
      await guarded('meeting modal', { client, logger, to }, async () => {
        const clsm = getClsm(deps.db, value.clsm);
        if (!clsm) {
          await respond({
            response_type: 'ephemeral',
            replace_original: false,
            text: UNKNOWN_CLSM,
          });
          return;
        }
        await client.views.open({
          trigger_id: body.trigger_id,
          view: meetingModal({ ...value, channel: channel ?? clsm.channel }, clsm.name),
        });
      });
    },
  );

  app.view(MEETING_MODAL_CALLBACK, async ({ ack, view, body, client, logger }) => {
    const meta = readMeetingModalMeta(view);
    const submitted = readMeetingSubmission(view);
    if (!submitted.ok) {
      await ack({ response_action: 'errors', errors: submitted.errors });
      return;
    }
    const clsm = meta ? getClsm(deps.db, meta.clsm) : null;
    if (!meta || !clsm) {
      await ack({ response_action: 'errors', errors: { [MEETING_BLOCK.date]: UNKNOWN_CLSM } });
      return;
    }
    const { meeting } = submitted;
    const now = deps.clock();
    try {
      // A quick local write, before the ack: its refusal must show on the field.
      if (meta.date && meta.meeting === meeting.kind && meta.date !== meeting.date)
        rescheduleMeeting(deps.db, clsm.id, meeting.kind, meta.date, meeting, now);
      else addMeeting(deps.db, clsm.id, meeting, now);
    } catch (error) {
      if (!(error instanceof RegistryError)) throw error;
      await ack({ response_action: 'errors', errors: { [MEETING_BLOCK.date]: error.message } });
      return;
    }
    await ack();
    const text = MEETING_DONE.recorded(clsm.name, meeting.kind, meetingWhen(meeting), body.user.id);
    try {
      await client.chat.postMessage({ channel: clsm.channel, text });
    } catch (error) {
      logger.warn(`${meetingHeading(meeting.kind)} recorded, confirmation not posted`, error);
      const lead = RECORDED_NOT_ANNOUNCED;
      await tellUser(client, logger, { user: body.user.id, channel: clsm.channel, lead }, error);
    }
  });
}
