/**
 * Caddy's JSON configuration for proxy mode, rendered from plain data (pure: no I/O).
 *
 * Each service owns one route file on the host (~/.gantry/proxy/routes/<port>/<rank>-<service>.json,
 * one JSON route a line); the host-side step joins every service's file into Caddy's whole
 * configuration under a host-wide lock, so no deploy overwrites another service's route.
 */
import { PROXY_NAMES } from '../../../../reserved-names';

/** Caddy's container, network and volumes on every host. */
export const PROXY = {
  container: PROXY_NAMES.container,
  configVolume: PROXY_NAMES.configVolume,
  dataVolume: PROXY_NAMES.dataVolume,
  /** Inside the proxy's own network namespace only: never published, not reachable from app containers. */
  admin: 'localhost:2019',
} as const;

/** The network alias a container is dialled by: stable across renames, unique per deploy. */
export function upstreamAlias(service: string, token: string): string {
  return `${service}-${token}`.toLowerCase().replace(/[^a-z0-9.-]/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 63);
}

/** Routes with host names go first (files ranked 1), a catch-all route last (9). */
export function routeFileName(service: string, hosts: readonly string[]): string {
  return `${hosts.length > 0 ? 1 : 9}-${service}.json`;
}

/** The service's route: its host names (or every name) to the container's alias and port. */
export function serviceRoute(service: string, hosts: readonly string[], dial: string): Record<string, unknown> {
  return {
    '@id': `gantry-${service}`,
    ...(hosts.length > 0 ? { match: [{ host: [...hosts] }] } : {}),
    // Idle connections to the upstream close after 2 s (Caddy's default keeps them 2 minutes): the
    // old container's drain counts open connections, and an idle kept-alive one would hold every
    // switch for the whole drain_timeout although no request is in flight.
    handle: [{ handler: 'reverse_proxy', upstreams: [{ dial }], transport: { protocol: 'http', keep_alive: { idle_timeout: UPSTREAM_IDLE } } }],
    terminal: true,
  };
}

/** How long Caddy keeps an idle connection to a container open. */
export const UPSTREAM_IDLE = '2s';

/**
 * The route that answers the service's names while it is in maintenance: 503 with the message,
 * Retry-After, never cached.
 */
export function maintenanceRouteLine(service: string, hosts: readonly string[], message: string): string {
  return JSON.stringify({
    '@id': `gantry-${service}`,
    ...(hosts.length > 0 ? { match: [{ host: [...hosts] }] } : {}),
    handle: [{
      handler: 'static_response', status_code: 503,
      headers: { 'Content-Type': ['text/plain; charset=utf-8'], 'Retry-After': ['60'], 'Cache-Control': ['no-store'] },
      body: `${message}\n`,
    }],
    terminal: true,
  });
}

/** The TLS automation policy of a service's names: Caddy's default issuers (ACME), or its internal CA. */
export function tlsPolicyLine(hosts: readonly string[], tls: 'off' | 'acme' | 'internal'): string {
  if (tls === 'off') return '';
  return JSON.stringify({ subjects: [...hosts], ...(tls === 'internal' ? { issuers: [{ module: 'internal' }] } : {}) });
}

/** The route as its file holds it: one line of JSON. */
export function routeLine(service: string, hosts: readonly string[], dial: string): string {
  return JSON.stringify(serviceRoute(service, hosts, dial));
}

/**
 * The whole configuration from every port's routes (as the host-side step assembles it; this is
 * the same shape, for tests and docs). Automatic HTTPS is off: plain HTTP on each proxy port.
 */
export function caddyConfig(ports: ReadonlyMap<number, readonly string[]>, drainSeconds: number): Record<string, unknown> {
  const servers: Record<string, unknown> = {};
  for (const [port, routes] of [...ports.entries()].sort((a, b) => a[0] - b[0])) {
    if (routes.length === 0) continue;
    servers[`gantry-${port}`] = {
      listen: [`:${port}`],
      automatic_https: { disable: true },
      routes: routes.map((r) => JSON.parse(r) as unknown),
    };
  }
  return { admin: { listen: PROXY.admin }, apps: { http: { grace_period: `${drainSeconds}s`, servers } } };
}
