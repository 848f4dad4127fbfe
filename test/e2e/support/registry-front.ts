import * as http from 'http';
import { AddressInfo } from 'net';
import { testbed } from './testbed';

/**
 * A loopback front for the test bed's registry that sees every request the engine makes while
 * pushing: the ground truth for what was uploaded. The engine allows plain HTTP on 127.0.0.0/8,
 * so an image named 127.0.0.1:PORT/repo is pushed through it.
 */
export interface RegistryFront {
  /** host:port to name images with. */
  address: string;
  /** Every request as "METHOD path", in order. */
  requests: string[];
  /** Called on every request before it is forwarded (e.g. to look at the machine mid-push). */
  onRequest?: (method: string, url: string) => void;
  /** Answers a request itself instead of forwarding it when it returns true (e.g. a 503). */
  intercept?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean;
  close(): Promise<void>;
}

export async function startRegistryFront(): Promise<RegistryFront> {
  const tb = testbed();
  const [regHost, regPort] = tb.GANTRY_TESTBED_REGISTRY.split(':');
  const requests: string[] = [];
  const front: RegistryFront = {
    address: '',
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    front.onRequest?.(req.method ?? '', req.url ?? '');
    if (front.intercept?.(req, res)) return;
    const up = http.request({ host: regHost, port: Number(regPort), path: req.url, method: req.method, headers: { ...req.headers, host: tb.GANTRY_TESTBED_REGISTRY } }, (r) => {
      const headers = { ...r.headers };
      if (typeof headers.location === 'string') headers.location = headers.location.replace(tb.GANTRY_TESTBED_REGISTRY, req.headers.host as string);
      res.writeHead(r.statusCode ?? 502, headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  front.address = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return front;
}
