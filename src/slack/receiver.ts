// The HTTP receiver for Slack's signed requests on POST /slack/events, guarded where Bolt's
// own is not: the body size is checked from Content-Length and while reading (413, nothing
// kept beyond the limit), the signature before parsing (401), a signed body that is not an
// object (`null`, `[]`, bad JSON) is a 400, never a crash; a request replayed with the same
// signature is acknowledged but not handled twice. Acks go through Bolt's HTTPResponseAck.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  HTTPModuleFunctions as httpFunc,
  HTTPResponseAck,
  isValidSlackRequest,
  type App,
  type Logger,
  type Receiver,
  type ReceiverEvent,
} from '@slack/bolt';

export const EVENTS_PATH = '/slack/events';
/** Slack's payloads are a few kilobytes; a view submission stays far below this. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

export interface GuardedReceiverOptions {
  signingSecret: string;
  host: string;
  port: number;
  logger: Logger;
  /** Claims a request signature; false when it was already handled (a replay). */
  claimSignature: (signature: string) => boolean;
  bodyLimit?: number;
}

type Body = Record<string, unknown>;

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads the body, refusing (413) past `limit` bytes: announced or streamed. */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const announced = Number(header(req, 'content-length') ?? 0);
  if (announced > limit) return Promise.reject(new HttpFailure(413, `body of ${announced} bytes`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.removeAllListeners('data');
        req.pause();
        reject(new HttpFailure(413, `body over ${limit} bytes`));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The JSON or form body as an object; anything else is a 400. */
function parseBody(raw: string, contentType: string | undefined): Body {
  let parsed: unknown;
  try {
    if (contentType?.startsWith('application/x-www-form-urlencoded')) {
      const form = new URLSearchParams(raw);
      const payload = form.get('payload');
      parsed = payload === null ? Object.fromEntries(form) : JSON.parse(payload);
    } else parsed = JSON.parse(raw);
  } catch {
    throw new HttpFailure(400, 'body is not JSON nor a form');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new HttpFailure(400, 'body is not an object');
  return parsed as Body;
}

function reply(res: ServerResponse, status: number, close = false): void {
  if (res.headersSent) return;
  res.writeHead(status, close ? { connection: 'close' } : {});
  res.end();
}

export class GuardedHttpReceiver implements Receiver {
  private app: App | undefined;
  private server: Server | undefined;
  private readonly bodyLimit: number;
  private lastTurn: Promise<void> = Promise.resolve();

  constructor(private readonly options: GuardedReceiverOptions) {
    this.bodyLimit = options.bodyLimit ?? BODY_LIMIT_BYTES;
  }

  init(app: App): void {
    this.app = app;
  }

  start(): Promise<Server> {
    if (this.server) return Promise.reject(new Error('receiver already started'));
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.options.logger.error('request failed:', error);
        reply(res, 500);
      });
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', (error) => {
        this.server = undefined;
        reject(error);
      });
      server.listen(this.options.port, this.options.host, () => resolve(server));
    });
  }

  stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return Promise.resolve();
    return new Promise((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeIdleConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { logger } = this.options;
    const path = (req.url ?? '/').split('?')[0];
    if (path !== EVENTS_PATH) return reply(res, 404);
    if (req.method !== 'POST') return reply(res, 405);
    let body: Body;
    try {
      const raw = await readBody(req, this.bodyLimit);
      const signature = header(req, 'x-slack-signature') ?? '';
      const timestamp = Number(header(req, 'x-slack-request-timestamp'));
      // Bolt refuses a signature older than 5 minutes; one from the future is as suspect.
      if (timestamp * 1000 > Date.now() + MAX_CLOCK_SKEW_MS)
        throw new HttpFailure(401, 'timestamp in the future');
      const signed = isValidSlackRequest({
        signingSecret: this.options.signingSecret,
        body: raw,
        headers: {
          'x-slack-signature': signature,
          'x-slack-request-timestamp': timestamp,
        },
        logger,
      });
      if (!signed) throw new HttpFailure(401, 'signature refused');
      body = parseBody(raw, header(req, 'content-type'));
      if (body.type === 'url_verification') return httpFunc.buildUrlVerificationResponse(res, body);
      if (body.ssl_check === '1') return httpFunc.buildSSLCheckResponse(res);
      if (!this.options.claimSignature(signature)) {
        logger.info('replayed request (same signature) acknowledged, not handled again');
        return reply(res, 200);
      }
    } catch (error) {
      if (!(error instanceof HttpFailure)) throw error;
      logger.warn(`request refused (${error.status}): ${error.message}`);
      return reply(res, error.status, error.status === 413);
    }
    await this.dispatch(req, res, body);
  }

  /**
   * Acked listeners go on with their answers one per event-loop turn, so the requests that
   * arrive meanwhile are read and acked in between: 20 commands at once do not wait for 19
   * answers to be computed before their own ack.
   */
  private nextTurn(): Promise<void> {
    const turn = this.lastTurn.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
    this.lastTurn = turn;
    return turn;
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse, body: Body): Promise<void> {
    const { logger } = this.options;
    const ack = new HTTPResponseAck({
      logger,
      processBeforeResponse: false,
      httpRequest: req,
      httpRequestBody: body,
      httpResponse: res,
    });
    const respond = ack.bind();
    const event: ReceiverEvent = {
      body,
      ack: async (response) => {
        await respond(response);
        await this.nextTurn();
      },
      retryNum: httpFunc.extractRetryNumFromHTTPRequest(req),
      retryReason: httpFunc.extractRetryReasonFromHTTPRequest(req),
    };
    try {
      await this.app?.processEvent(event);
    } catch (error) {
      await httpFunc.defaultProcessEventErrorHandler({
        error: error as Error,
        logger,
        request: req,
        response: res,
        storedResponse: ack.storedResponse,
      });
    }
  }
}
