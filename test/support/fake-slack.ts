// A fake Slack Web API on 127.0.0.1 for tests: the methods the bot calls, a bearer-token check,
// every call recorded, and failures on demand (429 + Retry-After, 5xx, Slack errors, a dropped
// or hung connection). Point a WebClient at it with `slackApiUrl: fake.url`.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeSlackCall {
  /** "chat.postMessage", or "response_url" for a POST to `responseUrl(...)`. */
  method: string;
  /** The arguments, from a form body (JSON-looking values parsed) or a JSON body. */
  args: Record<string, unknown>;
  /** The bearer token (or body `token`) the call carried. */
  token: string | null;
  /** For response_url calls: the path posted to. */
  path: string;
  /** The fake clock's time when the call arrived (ms). */
  at: number;
}

export interface FakeMessage {
  channel: string;
  ts: string;
  user: string;
  text?: string;
  blocks?: unknown;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  thread_ts?: string;
}

export type FakeFailure =
  /** HTTP 429 with a Retry-After header (seconds); nothing is done. */
  | { kind: 'rate-limited'; retryAfter: number }
  /** An HTTP error status (500, 503...); nothing is done. */
  | { kind: 'http'; status: number }
  /** HTTP 200 with `{ ok: false, error }`, as Slack answers not_in_channel; nothing is done. */
  | { kind: 'error'; error: string }
  /** The connection is closed without an answer; with `afterEffect`, the call was done first. */
  | { kind: 'drop'; afterEffect?: boolean }
  /** No answer until the fake closes; with `afterEffect`, the call was done first. */
  | { kind: 'hang'; afterEffect?: boolean }
  /** No answer until the fake closes, and the call is done `afterMs` later (a late completion). */
  | { kind: 'late'; afterMs: number };

/** Per-call latency (ms) before the fake answers: a number, or chosen per call. */
export type FakeLatency = number | ((call: FakeSlackCall) => number);

/** Chooses a failure for a call no queued failure answers (null: answer normally). */
export type FakeChaos = (call: FakeSlackCall) => FakeFailure | null;

type Handler = (args: Record<string, unknown>, call: FakeSlackCall) => Record<string, unknown>;

export interface FakeSlackOptions {
  /** Accepted bot tokens (default "xoxb-test"). */
  token?: string | readonly string[];
  /** The clock stamping messages' ts (default Date.now): use the test's fake clock. */
  clock?: () => number;
  botUserId?: string;
  teamId?: string;
}

export interface FakeSlack {
  /** Web API base, with the trailing slash: `http://127.0.0.1:PORT/api/`. */
  url: string;
  origin: string;
  calls: FakeSlackCall[];
  /** Messages posted (or seeded), in order. */
  messages: FakeMessage[];
  callsTo(method: string): FakeSlackCall[];
  /** Answers the next `times` calls of `method` with `failure`. */
  failNext(method: string, failure: FakeFailure, times?: number): void;
  /** Delays every answer of `method` (slow history pages...): done on arrival, answered late. */
  setLatency(method: string, latency: FakeLatency): void;
  /** Failures chosen per call of `method` (fault injection); null clears it. */
  setChaos(method: string, chaos: FakeChaos | null): void;
  /** Replaces the answer of a method (or adds one); the result gets `ok: true` unless it says. */
  on(method: string, handler: Handler): void;
  /** A URL recording POSTs as `response_url` calls (for Bolt's respond). */
  responseUrl(id?: string): string;
  /** Puts a message in a channel's history, as if posted by someone. */
  seedMessage(message: Omit<FakeMessage, 'ts'> & { ts?: string }): FakeMessage;
  /** Resolves with the `count`-th call of `method` (1-based), waiting for it if needed. */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<FakeSlackCall>;
  /**
   * Resolves once nothing is pending: no request being read, no late answer or late completion
   * waiting on a timer, and (with `connections`) no client connection open, e.g. once the
   * processes that called it are gone. Rejects after `timeoutMs`.
   */
  idle(options?: { connections?: boolean; timeoutMs?: number }): Promise<void>;
  /** Forgets calls, messages, failures and handlers. */
  reset(): void;
  close(): Promise<void>;
}

function parseValue(value: string): unknown {
  if (/^[[{]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  }
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) args[key] = parseValue(value);
  return args;
}

const truthy = (v: unknown): boolean => v === true || v === 'true' || v === '1' || v === 1;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const tokens = new Set(
    typeof options.token === 'string' ? [options.token] : (options.token ?? ['xoxb-test']),
  );
  const clock = options.clock ?? Date.now;
  const botUserId = options.botUserId ?? 'UBOT';
  const teamId = options.teamId ?? 'T0FAKE';
  const calls: FakeSlackCall[] = [];
  const messages: FakeMessage[] = [];
  const failures = new Map<string, FakeFailure[]>();
  const handlers = new Map<string, Handler>();
  const latencies = new Map<string, FakeLatency>();
  const chaos = new Map<string, FakeChaos>();
  const timers = new Set<NodeJS.Timeout>();
  let reading = 0;
  let connections = 0;
  const idleWaiters = new Set<() => void>();
  const settle = (): void => {
    for (const check of [...idleWaiters]) check();
  };
  const later = (ms: number, fn: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
      settle();
    }, ms);
    timers.add(timer);
  };
  const waiters: { method: string; count: number; resolve: (c: FakeSlackCall) => void }[] = [];
  let seq = 0;
  let viewSeq = 0;

  /** The DM channel of a user id ("U123" → "DU123"); a channel id as is. */
  const dmOf = (target: string): string => (/^[UW]/.test(target) ? `D${target}` : target);

  const nextTs = (): string => {
    seq += 1;
    return `${Math.floor(clock() / 1000)}.${String(seq).padStart(6, '0')}`;
  };

  const builtIn: Record<string, Handler> = {
    'auth.test': () => ({
      url: 'https://fake.slack.test/',
      team: 'Fake team',
      user: 'clsm',
      team_id: teamId,
      user_id: botUserId,
      bot_id: 'BFAKE',
      is_enterprise_install: false,
    }),
    'chat.postMessage': (args) => {
      const target = str(args.channel);
      if (!target) return { ok: false, error: 'channel_not_found' };
      // A user id posts in the bot's DM with them (see conversations.open).
      const channel = dmOf(target);
      const message: FakeMessage = { channel, ts: nextTs(), user: botUserId };
      if (args.text !== undefined) message.text = String(args.text);
      if (args.blocks !== undefined) message.blocks = args.blocks;
      if (args.thread_ts !== undefined) message.thread_ts = String(args.thread_ts);
      const metadata = args.metadata as FakeMessage['metadata'] | undefined;
      if (metadata && typeof metadata === 'object') message.metadata = metadata;
      messages.push(message);
      return { channel, ts: message.ts, message: { ...message, type: 'message', bot_id: 'BFAKE' } };
    },
    'chat.postEphemeral': () => ({ message_ts: nextTs() }),
    'conversations.open': (args) => {
      const users = str(args.users);
      if (!users) return { ok: false, error: 'users_list_not_supplied' };
      return { channel: { id: dmOf(users) } };
    },
    'chat.update': (args) => {
      const message = messages.find((m) => m.channel === args.channel && m.ts === args.ts);
      if (!message) return { ok: false, error: 'message_not_found' };
      if (args.text !== undefined) message.text = String(args.text);
      if (args.blocks !== undefined) message.blocks = args.blocks;
      return { channel: message.channel, ts: message.ts, text: message.text };
    },
    'views.open': (args) => {
      if (!args.trigger_id) return { ok: false, error: 'invalid_arguments' };
      viewSeq += 1;
      return { view: { ...(args.view as object), id: `V${viewSeq}`, hash: `h${viewSeq}` } };
    },
    'views.publish': (args) => {
      viewSeq += 1;
      return { view: { ...(args.view as object), id: `V${viewSeq}`, hash: `h${viewSeq}` } };
    },
    'views.update': (args) => {
      viewSeq += 1;
      return {
        view: {
          ...(args.view as object),
          id: str(args.view_id) ?? `V${viewSeq}`,
          hash: `h${viewSeq}`,
        },
      };
    },
    'conversations.history': (args) => {
      const channel = str(args.channel);
      const oldest = Number(args.oldest ?? 0);
      const latest = args.latest === undefined ? Infinity : Number(args.latest);
      const limit = Math.max(1, Math.min(Number(args.limit ?? 100), 999));
      const start = Number(args.cursor ?? 0);
      const all = messages
        .filter((m) => m.channel === channel && !m.thread_ts)
        .filter((m) => Number(m.ts) > oldest && Number(m.ts) < latest)
        .sort((a, b) => Number(b.ts) - Number(a.ts));
      const page = all.slice(start, start + limit).map((m) => {
        const out: Record<string, unknown> = {
          type: 'message',
          ts: m.ts,
          user: m.user,
          text: m.text,
        };
        if (m.blocks !== undefined) out.blocks = m.blocks;
        if (m.metadata && truthy(args.include_all_metadata)) out.metadata = m.metadata;
        return out;
      });
      const more = start + limit < all.length;
      return {
        messages: page,
        has_more: more,
        response_metadata: { next_cursor: more ? String(start + limit) : '' },
      };
    },
  };

  const answer = (
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };

  const record = (call: FakeSlackCall): void => {
    calls.push(call);
    for (const w of [...waiters]) {
      const matching = calls.filter((c) => c.method === w.method);
      const hit = matching[w.count - 1];
      if (hit) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(hit);
      }
    }
  };

  const run = (
    method: string,
    args: Record<string, unknown>,
    call: FakeSlackCall,
  ): Record<string, unknown> => {
    const handler = handlers.get(method) ?? builtIn[method];
    if (!handler) return { ok: false, error: 'unknown_method' };
    const result = handler(args, call);
    return { ok: true, ...result };
  };

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string): void => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const args = parseBody(raw, req.headers['content-type']);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
    const token = bearer ?? str(args.token) ?? null;
    if (path.startsWith('/response/')) {
      record({ method: 'response_url', args, token, path, at: clock() });
      answer(res, 200, { ok: true });
      return;
    }
    if (!path.startsWith('/api/')) {
      answer(res, 404, { ok: false, error: 'not_found' });
      return;
    }
    const method = path.slice('/api/'.length);
    const call: FakeSlackCall = { method, args, token, path, at: clock() };
    record(call);
    if (!token) return answer(res, 200, { ok: false, error: 'not_authed' });
    if (!tokens.has(token)) return answer(res, 200, { ok: false, error: 'invalid_auth' });

    const failure = failures.get(method)?.shift() ?? chaos.get(method)?.(call) ?? null;
    const latency = latencies.get(method);
    const delay = typeof latency === 'function' ? latency(call) : (latency ?? 0);
    if (delay <= 0) return respond(req, res, method, args, call, failure);
    // A slow answer: done (or read) on arrival, as Slack would, and delivered late.
    if (failure) return later(delay, () => respond(req, res, method, args, call, failure));
    const body = run(method, args, call);
    later(delay, () => {
      if (!res.destroyed) answer(res, 200, body);
    });
  };

  const respond = (
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    args: Record<string, unknown>,
    call: FakeSlackCall,
    failure: FakeFailure | null,
  ): void => {
    if (res.destroyed) return;
    if (!failure) return answer(res, 200, run(method, args, call));
    switch (failure.kind) {
      case 'rate-limited':
        return answer(
          res,
          429,
          { ok: false, error: 'ratelimited' },
          { 'retry-after': String(failure.retryAfter) },
        );
      case 'http':
        return answer(res, failure.status, { ok: false, error: 'fake_http_error' });
      case 'error':
        return answer(res, 200, { ok: false, error: failure.error });
      case 'drop':
        if (failure.afterEffect) run(method, args, call);
        req.socket.destroy();
        return;
      case 'hang':
        if (failure.afterEffect) run(method, args, call);
        return;
      case 'late':
        later(failure.afterMs, () => run(method, args, call));
        return;
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    reading += 1;
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        handle(req, res, Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        answer(res, 500, { ok: false, error: `fake_slack_bug: ${String(error)}` });
      } finally {
        reading -= 1;
        settle();
      }
    });
  });
  server.on('connection', (socket) => {
    connections += 1;
    socket.once('close', () => {
      connections -= 1;
      settle();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/api/`,
    origin,
    calls,
    messages,
    callsTo: (method) => calls.filter((c) => c.method === method),
    failNext(method, failure, times = 1) {
      const queue = failures.get(method) ?? [];
      for (let i = 0; i < times; i += 1) queue.push(failure);
      failures.set(method, queue);
    },
    setLatency(method, latency) {
      latencies.set(method, latency);
    },
    setChaos(method, fn) {
      if (fn) chaos.set(method, fn);
      else chaos.delete(method);
    },
    on(method, handler) {
      handlers.set(method, handler);
    },
    responseUrl: (id = 'r1') => `${origin}/response/${id}`,
    seedMessage(message) {
      const seeded: FakeMessage = { ...message, ts: message.ts ?? nextTs() };
      messages.push(seeded);
      return seeded;
    },
    waitFor(method, count = 1, timeoutMs = 10_000) {
      const hit = calls.filter((c) => c.method === method)[count - 1];
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(new Error(`fake Slack: no call #${count} of ${method} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          method,
          count,
          resolve: (c) => {
            clearTimeout(timer);
            resolve(c);
          },
        });
      });
    },
    idle({ connections: noConnections = false, timeoutMs = 10_000 } = {}) {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          idleWaiters.delete(check);
          reject(new Error(`fake Slack: still busy after ${timeoutMs} ms`));
        }, timeoutMs);
        const check = (): void => {
          if (reading > 0 || timers.size > 0 || (noConnections && connections > 0)) return;
          idleWaiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        idleWaiters.add(check);
        check();
      });
    },
    reset() {
      calls.length = 0;
      messages.length = 0;
      failures.clear();
      handlers.clear();
      latencies.clear();
      chaos.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
