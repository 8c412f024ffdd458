// App Home: published when a user opens it; admins can retry failed reminder posts from it.
import type { App, BlockButtonAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { listClsms } from '../../store/registry.js';
import { listFailed, retryFailed, retryFailedInChannel } from '../../store/sent-reminders.js';
import { RETRY_CHANNEL_ACTION } from '../blocks/failures.js';
import type { SlackDeps } from '../deps.js';
import { RETRY_REMINDER_ACTION, homeView } from '../home.js';

export async function publishHome(
  client: WebClient,
  userId: string,
  deps: SlackDeps,
): Promise<void> {
  const isAdmin = deps.admins.has(userId);
  await client.views.publish({
    user_id: userId,
    view: homeView({
      clsms: listClsms(deps.db),
      failed: isAdmin ? listFailed(deps.db) : null,
      policy: deps.policy,
      now: deps.clock(),
    }),
  });
}

export function registerHome(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== undefined && event.tab !== 'home') return;
    await publishHome(client, event.user, deps);
  });
}

export function registerReminderRetry(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(
    RETRY_REMINDER_ACTION,
    async ({ ack, action, body, client, logger }) => {
      await ack();
      if (!deps.admins.has(body.user.id)) {
        logger.warn(`reminder retry refused: ${body.user.id} is not in CLSM_ADMINS`);
        return;
      }
      if (action.value) retryFailed(deps.db, action.value, deps.clock());
      await publishHome(client, body.user.id, deps);
    },
  );
  // "Réessayer tout" for a channel, from App Home or from the /clsm-config echecs list.
  app.action<BlockButtonAction>(
    RETRY_CHANNEL_ACTION,
    async ({ ack, action, body, client, respond, logger }) => {
      await ack();
      if (!deps.admins.has(body.user.id)) {
        logger.warn(`reminder retry refused: ${body.user.id} is not in CLSM_ADMINS`);
        return;
      }
      const count = action.value ? retryFailedInChannel(deps.db, action.value, deps.clock()) : 0;
      if (body.container.type === 'view') await publishHome(client, body.user.id, deps);
      else
        await respond({
          response_type: 'ephemeral',
          replace_original: true,
          text: `🔁 ${count} rappel(s) de <#${action.value ?? ''}> remis en file : ils repartent au prochain passage s’ils sont encore d’actualité.`,
        });
    },
  );
}
