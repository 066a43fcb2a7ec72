import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import type { Neo4jConnection } from '../config/config';

export type Params = Record<string, unknown>;

/** The driver's own first back-off for retried transactions (then doubled, with 20% jitter). */
const RETRY_FIRST_DELAY_MS = 1_000;

/**
 * Starts a query with V8 capturing no stack frames. The driver builds a Result for every query with a
 * stack captured and formatted at once (to hand its errors the caller's stack): on a light query that
 * was 4% of the service's CPU. A Neo4j error keeps its code and message, and the request id in the log
 * says which operation failed. The driver builds the Result synchronously, so the limit is back before
 * anything else runs.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A request used up its time budget before (or while) it reached Neo4j. */
export class RequestTimeoutError extends Error {
  constructor() {
    super('The request ran out of time.');
    this.name = 'RequestTimeoutError';
  }
}

/**
 * The one door to Neo4j. Every query is parameterised and runs as a read or a write of the right kind
 * (a managed transaction, or a single read as one auto-commit query in a read session), so cluster
 * routing works and transient errors are retried.
 * `roundTrips` counts queries sent, which the tests use to prove there is no N+1.
 */
export class Database {
  readonly driver: Driver;
  // Shared with the request-scoped views made by withDeadline().
  private readonly counters = { roundTrips: 0, writesFinished: 0 };
  /** Epoch ms after which this view starts no transaction and gives none more time than what is left. */
  private deadline?: number;

  constructor(
    readonly connection: Neo4jConnection,
    private readonly txTimeoutMs = 15_000,
    private readonly retryMs = 5_000,
  ) {
    this.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 100,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      // While Neo4j is down, fail fast with SERVICE_UNAVAILABLE instead of retrying for 30 s.
      maxTransactionRetryTime: retryMs,
      logging: { level: 'error', logger: () => {} },
      // The service reads no notifications, so the server need not build and send them: before the first
      // merge, every lookup that follows redirects drew a warning per label for the unknown mergedInto
      // key (18 warnings, 9.5 KB, per path query), which cost more to unpack than the answer.
      notificationFilter: { minimumSeverityLevel: 'OFF' },
      userAgent: 'standards-actors-graph',
    });
  }

  get roundTrips(): number {
    return this.counters.roundTrips;
  }

  /**
   * Write transactions of this process that have finished (committed and applied, or failed). Caches
   * of derived answers take it as part of their version: it moves only once a write is visible in full.
   */
  get writesFinished(): number {
    return this.counters.writesFinished;
  }

  /**
   * A view of this database for one request: same driver, but each transaction's timeout is cut to the
   * time the request has left, so Neo4j itself cancels work the client will no longer wait for.
   */
  withDeadline(deadline: number): Database {
    const view = Object.create(this) as Database;
    view.deadline = deadline;
    return view;
  }

  /** The transaction timeout Neo4j enforces server-side. */
  private timeout(): number {
    if (this.deadline === undefined) return this.txTimeoutMs;
    const left = this.deadline - Date.now();
    if (left <= 0) throw new RequestTimeoutError();
    return Math.max(1, Math.min(this.txTimeoutMs, left));
  }

  /** Runs `fn` in a read transaction (routed to a reader in a cluster). */
  async read<T>(fn: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const timeout = this.timeout();
    const session = this.driver.session({
      database: this.connection.database,
      defaultAccessMode: neo4j.session.READ,
    });
    return session.executeRead(fn, { timeout }).finally(() => session.close());
  }

  /**
   * Runs `fn` in a write transaction: everything in it commits together or not at all. `timeoutMs`
   * replaces the request timeout for bulk work that is not a request (a seed load on a cold JVM).
   */
  async write<T>(
    fn: (tx: ManagedTransaction) => Promise<T>,
    options: { timeoutMs?: number } = {},
  ): Promise<T> {
    const timeout = options.timeoutMs ?? this.timeout();
    const session = this.driver.session({
      database: this.connection.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    return session.executeWrite(fn, { timeout }).finally(() => {
      this.counters.writesFinished++;
      return session.close();
    });
  }

  /**
   * One parameterised read query, records as plain objects. A single statement needs no explicit
   * transaction: it goes as an auto-commit query in a read session (routed to a reader like any read),
   * whose RUN and PULL leave in one write, where a managed transaction sends BEGIN first and COMMIT
   * after, each its own write and round trip. Transient failures are retried here, as executeRead would.
   */
  async query<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<R[]> {
    const giveUpAt = Date.now() + this.retryMs;
    for (let delay = RETRY_FIRST_DELAY_MS; ; delay *= 2) {
      const timeout = this.timeout();
      this.counters.roundTrips++;
      const session = this.driver.session({
        database: this.connection.database,
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        const result = await withoutStackCapture(() => session.run<R>(cypher, params, { timeout }));
        return result.records.map((r) => r.toObject() as R);
      } catch (err) {
        const wait = delay * (0.8 + Math.random() * 0.4);
        if (!neo4j.isRetryableError(err) || Date.now() + wait > giveUpAt) throw err;
        await new Promise((resolve) => setTimeout(resolve, wait));
      } finally {
        await session.close();
      }
    }
  }

  /** One parameterised write query, records as plain objects. */
  async mutate<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<R[]> {
    const result = await this.write((tx) => this.run<R>(tx, cypher, params));
    return result.records.map((r) => r.toObject() as R);
  }

  /** Every query goes through here so the round-trip counter stays honest. */
  run<R extends RecordShape = RecordShape>(
    tx: ManagedTransaction,
    cypher: string,
    params: Params = {},
  ): Promise<QueryResult<R>> {
    this.counters.roundTrips++;
    return withoutStackCapture(() => tx.run<R>(cypher, params));
  }

  /** True when Neo4j answers a trivial read within the timeout. No retries: readiness must not hang. */
  async ping(timeoutMs = 2000): Promise<boolean> {
    const session = this.driver.session({
      database: this.connection.database,
      defaultAccessMode: neo4j.session.READ,
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      const answered = session.run('RETURN 1', {}, { timeout: timeoutMs }).then(() => true);
      const timedOut = new Promise<boolean>(
        (resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)),
      );
      return await Promise.race([answered, timedOut]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      session.close().catch(() => {});
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
