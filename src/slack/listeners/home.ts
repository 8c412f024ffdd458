// App Home: published when a user opens it and re-published by its filters and pages; admins
// can retry failed reminder posts from it. Who sees which CLSM: admins all; others those of
// the channels they are members of (users.conversations).
import type { App, BlockAction, BlockButtonAction, Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { listClsms } from '../../store/registry.js';
import { listFailed, retryFailed, retryFailedInChannel } from '../../store/sent-reminders.js';
import { RETRY_CHANNEL_ACTION } from '../blocks/failures.js';
import type { SlackDeps } from '../deps.js';
import { channelRetriedByButton } from '../messages/config.js';
import {
  DEFAULT_HOME_STATE,
  HOME_ACTION_PATTERN,
  RETRY_REMINDER_ACTION,
  homeView,
  nextHomeState,
  readHomeState,
  type HomeState,
} from '../home.js';

/** Pages of users.conversations read at most (1000 channels each). */
const MAX_CHANNEL_PAGES = 20;

/** The channels `user` is a member of, or null when Slack refuses to tell (logged). */
export async function channelsOf(
  client: WebClient,
  user: string,
  logger: Logger,
): Promise<Set<string> | null> {
  const channels = new Set<string>();
  let cursor: string | undefined;
  try {
    for (let page = 0; page < MAX_CHANNEL_PAGES; page += 1) {
      const result = await client.users.conversations({
        user,
        types: 'public_channel,private_channel',
        exclude_archived: true,
        limit: 1000,
        ...(cursor ? { cursor } : {}),
      });
      for (const c of result.channels ?? []) if (c.id) channels.add(c.id);
      cursor = result.response_metadata?.next_cursor || undefined;
      if (!cursor) return channels;
    }
    logger.warn(`users.conversations: more than ${MAX_CHANNEL_PAGES} pages for ${user}, cut`);
    return channels;
  } catch (error) {
    logger.warn(`users.conversations failed for ${user}: App Home without membership`, error);
    return null;
  }
}

export async function publishHome(
  client: WebClient,
  userId: string,
  deps: SlackDeps,
  logger: Logger,
  state: HomeState = DEFAULT_HOME_STATE,
): Promise<void> {
  const isAdmin = deps.admins.has(userId);
  const memberOf = await channelsOf(client, userId, logger);
  await client.views.publish({
    user_id: userId,
    view: homeView({
      clsms: listClsms(deps.db),
      isAdmin,
      memberOf,
      failed: isAdmin ? listFailed(deps.db) : null,
      policy: deps.policy,
      now: deps.clock(),
      state,
    }),
  });
}

/** A Home that cannot be published has no one to tell: Slack shows the previous one. */
async function publishOrLog(
  client: WebClient,
  userId: string,
  deps: SlackDeps,
  logger: Logger,
  state?: HomeState,
): Promise<void> {
  try {
    await publishHome(client, userId, deps, logger, state);
  } catch (error) {
    logger.error(`App Home not published for ${userId}:`, error);
  }
}

export function registerHome(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client, logger }) => {
    if (event.tab !== undefined && event.tab !== 'home') return;
    await publishOrLog(
      client,
      event.user,
      deps,
      logger,
      readHomeState(event.view?.private_metadata),
    );
  });

  app.action<BlockAction>(HOME_ACTION_PATTERN, async ({ ack, action, body, client, logger }) => {
    await ack();
    const current = readHomeState(body.view?.private_metadata);
    const next = nextHomeState(current, {
      action_id: action.action_id.split(':')[0] ?? '',
      ...('value' in action && typeof action.value === 'string' ? { value: action.value } : {}),
      ...(action.type === 'static_select' && action.selected_option
        ? { selected: action.selected_option.value }
        : {}),
    });
    await publishOrLog(client, body.user.id, deps, logger, next);
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
      try {
        if (action.value) retryFailed(deps.db, action.value, deps.clock());
      } catch (error) {
        logger.error(`reminder retry failed for ${action.value ?? '?'}:`, error);
      }
      await publishOrLog(
        client,
        body.user.id,
        deps,
        logger,
        readHomeState(body.view?.private_metadata),
      );
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
      if (body.container.type === 'view')
        await publishOrLog(
          client,
          body.user.id,
          deps,
          logger,
          readHomeState(body.view?.private_metadata),
        );
      else
        await respond({
          response_type: 'ephemeral',
          replace_original: true,
          text: channelRetriedByButton(count, action.value ?? ''),
        });
    },
  );
}
