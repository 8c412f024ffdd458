// When a listener fails, the user hears why, in French: ephemerally where they are, or in the
// bot's DM when that channel is closed to the bot. Details go to the logs only.
import type { Logger } from '@slack/bolt';
import { ErrorCode, type WebClient } from '@slack/web-api';
import { section } from './blocks/kit.js';
import { CHANNEL_GONE_ERRORS } from './reminder-poster.js';

export const INVITE_HINT = 'invitez le bot dans ce canal : /invite @clsm';

/** Said when a bug (not Slack, not the user) stops a reply. */
export const INTERNAL_ERROR =
  'Désolé, une erreur interne m’empêche de répondre. Réessayez dans un instant ; si cela persiste, prévenez un administrateur.';

const RETRY_LATER =
  'Slack n’a pas accepté ma réponse pour l’instant (erreur passagère de Slack) : réessayez dans un instant.';

const PLATFORM_REASONS: Record<string, string> = {
  not_in_channel: `Je ne peux pas répondre dans ce canal car je n’en suis pas membre : ${INVITE_HINT}, puis reposez votre question.`,
  channel_not_found: `Ce canal m’est fermé (canal privé où je ne suis pas invité, ou canal supprimé) : ${INVITE_HINT}, ou posez-moi la question ici.`,
  is_archived:
    'Ce canal est archivé : je ne peux plus y répondre. Posez-moi la question ici, en message direct.',
  restricted_action: `Les réglages de ce canal m’empêchent d’y écrire : ${INVITE_HINT} ou demandez à un administrateur de l’espace de travail.`,
  msg_too_long:
    'Ma réponse était trop longue pour Slack. Reformulez la question plus précisément, ou réessayez.',
};

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** The Slack error code of a refused Web API call (not_in_channel…), if it is one. */
export function platformError(error: unknown): string | undefined {
  if (codeOf(error) !== ErrorCode.PlatformError) return undefined;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** Slack still answered 429 after the client's retries. */
function isRateLimited(error: unknown): boolean {
  return (
    codeOf(error) === ErrorCode.RateLimitedError ||
    (error instanceof Error && /rate limit/i.test(error.message))
  );
}

/** What went wrong, as a French sentence for the user. */
export function failureMessage(error: unknown): string {
  const platform = platformError(error);
  if (platform)
    return (
      PLATFORM_REASONS[platform] ??
      `Slack a refusé ma réponse (${platform}) : réessayez ; si cela persiste, prévenez un administrateur.`
    );
  if (isRateLimited(error))
    return 'Slack limite en ce moment le nombre de messages que je peux envoyer : réessayez dans une minute.';
  const code = codeOf(error);
  if (code === ErrorCode.HTTPError || code === ErrorCode.RequestError) return RETRY_LATER;
  return INTERNAL_ERROR;
}

/** Where the failed reply was going, and to whom. */
export interface FailedReply {
  user: string;
  /** The channel the user wrote in (ephemeral there unless it is closed to the bot). */
  channel?: string;
  thread?: string;
  /** What did work, said first (e.g. "La réunion est enregistrée, mais …"). */
  lead?: string;
}

/**
 * Tells `to.user` why the reply failed: ephemeral in the channel, else (closed channel, or the
 * ephemeral refused) a DM. Never throws: what cannot be told is logged.
 */
export async function tellUser(
  client: WebClient,
  logger: Logger,
  to: FailedReply,
  error: unknown,
): Promise<void> {
  const text = to.lead ? `${to.lead} ${failureMessage(error)}` : failureMessage(error);
  const message = { text: `⚠️ ${text}`, blocks: [section(`⚠️ ${text}`)] };
  const closed = CHANNEL_GONE_ERRORS.has(platformError(error) ?? '');
  if (to.channel && !closed) {
    try {
      await client.chat.postEphemeral({
        channel: to.channel,
        user: to.user,
        ...(to.thread ? { thread_ts: to.thread } : {}),
        ...message,
      });
      return;
    } catch (ephemeralError) {
      logger.warn('failure notice: ephemeral refused, sending a DM', ephemeralError);
    }
  }
  try {
    await client.chat.postMessage({ channel: to.user, ...message });
  } catch (dmError) {
    logger.error('failure notice: the user could not be told', dmError);
  }
}

/**
 * Runs a listener's work; on failure logs it and tells the user (see tellUser). The listener
 * never throws past this: Bolt's global handler is for bugs in the guard itself.
 */
export async function guarded(
  what: string,
  via: { client: WebClient; logger: Logger; to: FailedReply | null },
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    via.logger.error(`${what} failed:`, error);
    if (via.to) await tellUser(via.client, via.logger, via.to, error);
  }
}
