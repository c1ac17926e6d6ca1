import * as http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The load generator: Node's own http client over a keep-alive agent (no extra dependency, and
 * cheaper per request than fetch, which matters when the client shares 2 cores with the mesh).
 */

export interface Sent {
  /** HTTP status; 0 when the request failed at the transport level. */
  status: number;
  journeyId?: string;
  /** Wall clock (Date.now) just before the request was written: comparable with Postgres clock_timestamp(). */
  sentAtEpochMs: number;
  /** Wall clock when the response had been read completely. */
  doneAtEpochMs: number;
  /** Monotonic response time. */
  responseMs: number;
  /** Open loop only: how late the send was against its schedule. */
  scheduleLagMs?: number;
  error?: string;
}

const REQUEST_TIMEOUT_MS = 30_000;
const IDLE_SOCKET_MS = 4_000;

export function identificationBody(index: number): string {
  return JSON.stringify({
    ageGroup: 'adult',
    consent: 'given',
    exploitationTypes: ['labour'],
    countyLines: false,
    exploitedIn: 'uk',
    indicators: ['SIT-04'],
    area: 'birmingham',
    firstResponderOrganisationType: 'police',
    personalDetails: { fullName: `Bench Person ${index}` },
  });
}

export class IdentificationClient {
  private readonly agent: http.Agent;
  private readonly target: URL;

  constructor(
    baseUrl: string,
    private readonly token: string,
    maxSockets: number,
  ) {
    this.target = new URL('/identifications', baseUrl);
    if (this.target.hostname !== '127.0.0.1') throw new Error('the benchmark only targets 127.0.0.1');
    // Idle sockets are dropped after 4 s, before Node's server closes them (keepAliveTimeout 5 s):
    // otherwise a POST can race the server's FIN and fail with ECONNRESET.
    this.agent = new http.Agent({
      keepAlive: true,
      maxSockets,
      maxFreeSockets: maxSockets,
      timeout: IDLE_SOCKET_MS,
    });
  }

  /** Never rejects: transport failures come back as status 0 with the error text. */
  send(index: number): Promise<Sent> {
    const body = identificationBody(index);
    return new Promise<Sent>((resolve) => {
      const sentAtEpochMs = Date.now();
      const started = performance.now();
      const finish = (status: number, text: string, error?: string): void => {
        const sent: Sent = {
          status,
          sentAtEpochMs,
          doneAtEpochMs: Date.now(),
          responseMs: performance.now() - started,
          error,
        };
        if (status === 201) {
          try {
            sent.journeyId = (JSON.parse(text) as { journeyId?: string }).journeyId;
          } catch {
            sent.error = 'unparseable 201 body';
          }
        } else if (!error) {
          sent.error = `HTTP ${status}: ${text.slice(0, 200)}`;
        }
        resolve(sent);
      };
      const request = http.request(
        {
          agent: this.agent,
          hostname: this.target.hostname,
          port: this.target.port,
          path: this.target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${this.token}`,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => finish(response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
          response.on('error', (error) => finish(0, '', error.message));
        },
      );
      request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error('request timed out')));
      request.on('error', (error) => finish(0, '', error.message));
      request.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Closed loop: `concurrency` workers each send the next request as soon as their last one answered. */
export async function runClosedLoop(
  client: IdentificationClient,
  total: number,
  concurrency: number,
): Promise<Sent[]> {
  const results: Sent[] = new Array<Sent>(total);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const index = next++;
      results[index] = await client.send(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  return results;
}

/**
 * Open loop: request i is due at start + i/rate whatever happened to earlier ones, so a slow
 * server meets more concurrent requests instead of a politely waiting client.
 */
export async function runOpenLoop(
  client: IdentificationClient,
  ratePerSecond: number,
  durationSeconds: number,
): Promise<Sent[]> {
  const total = Math.round(ratePerSecond * durationSeconds);
  const intervalMs = 1_000 / ratePerSecond;
  const results: Sent[] = new Array<Sent>(total);
  const pending: Promise<void>[] = [];
  const start = performance.now() + 20;
  for (let index = 0; index < total; index++) {
    const due = start + index * intervalMs;
    const wait = due - performance.now();
    if (wait >= 1) await sleep(wait);
    const scheduleLagMs = Math.max(0, performance.now() - due);
    pending.push(
      client.send(index).then((sent) => {
        results[index] = { ...sent, scheduleLagMs };
      }),
    );
  }
  await Promise.all(pending);
  return results;
}
