// The /clsm-check modal submitted: field errors in French on the fields, or the report posted
// ephemerally to the user (through the command's response_url, else in the bot's DM).
import type { App } from '@slack/bolt';
import { checkDossier, parseDossierInput } from '../../rules/dossier.js';
import { dossierBlocks, dossierFallback } from '../blocks/dossier.js';
import type { SlackDeps } from '../deps.js';
import { postToResponseUrl } from '../response-url.js';
import { guarded } from '../tell-user.js';
import {
  CHECK_MODAL_CALLBACK,
  checkModalErrors,
  readCheckModalMeta,
  readCheckSubmission,
} from '../views/check-modal.js';

export function registerCheckModal(app: App, deps: SlackDeps): void {
  app.view(CHECK_MODAL_CALLBACK, async ({ ack, view, body, client, logger }) => {
    const parsed = parseDossierInput(readCheckSubmission(view), deps.kb.dossier);
    if (!parsed.ok) {
      await ack({
        response_action: 'errors',
        errors: checkModalErrors(parsed.errors, deps.kb.dossier),
      });
      return;
    }
    await ack();
    await guarded('dossier report', { client, logger, to: { user: body.user.id } }, async () => {
      const report = checkDossier(parsed.input, deps.kb);
      const message = { text: dossierFallback(report), blocks: dossierBlocks(report, deps.kb) };
      const { responseUrl } = readCheckModalMeta(view);
      if (responseUrl) {
        try {
          await postToResponseUrl(responseUrl, { response_type: 'ephemeral', ...message });
          return;
        } catch (error) {
          logger.warn('dossier report: response_url refused, sending it by DM instead', error);
        }
      }
      await client.chat.postMessage({ channel: body.user.id, ...message });
    });
  });
}
