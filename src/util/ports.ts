import net from 'node:net';

export class PortInUseError extends Error {
  constructor(
    public readonly port: number,
    setting: string,
  ) {
    super(
      `Port ${port} is already in use (${setting}). Stop whatever is listening there (\`ss -ltnp 'sport = :${port}'\` shows it) or set ${setting} to a free port.`,
    );
    this.name = 'PortInUseError';
  }
}

/** Resolves if `host:port` can be bound right now; rejects with a PortInUseError naming the setting otherwise. */
export function assertPortFree(host: string, port: number, setting: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new PortInUseError(port, setting) : err),
    );
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** A port the OS says is free now, for tests and throwaway servers. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen({ host, port: 0 }, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
