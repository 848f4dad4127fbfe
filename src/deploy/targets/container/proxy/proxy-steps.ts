/**
 * Host-side steps of proxy mode, rendered from plain data (pure).
 *
 * Proxy mode on a host: the Caddy container gantry-proxy owns the published proxy ports and sits
 * on the docker network `gantry` with the application containers, which publish nothing. A
 * release starts the new container beside the old one, health-gates it on its own address, then
 * switches the service's route (one file per service under ~/.gantry/proxy/routes, joined into
 * Caddy's whole configuration under a host-wide flock and loaded through Caddy's admin API inside
 * the proxy container), lets the old container drain, and keeps it stopped for rollback.
 * Caddy saves each loaded configuration in its /config volume and resumes it on restart.
 */
import { PROXY } from './proxy-config';
import { RemoteStep, step } from '../../../steps/render';
import { PROXY_NETWORK } from '../container-steps';

/** Proxy mode: starts the staged new container (or the kept previous version) beside the one serving. */
export function startBesideStep(service: string, src: 'new' | 'prev'): RemoteStep {
  return step('start', service, { SOURCE: src });
}

export interface ProxySwitchOptions {
  readonly src: 'new' | 'prev';
  readonly port: number;
  readonly image: string;
  readonly hosts: readonly string[];
  /** The route file's name and its one line of JSON (see proxy-config.ts). */
  readonly routeFile: string;
  readonly route: string;
  /** The alias the route dials: must be the source container's. */
  readonly alias: string;
  readonly drainSeconds: number;
  /** The service's TLS automation policy (one JSON line), empty for plain HTTP. */
  readonly tlsPolicy: string;
}

/**
 * Under the host-wide proxy lock: checks the route against other services', writes it, makes sure
 * the proxy container exists with the image and ports wanted (creating or replacing it), and loads
 * the whole configuration. A refused load puts the route files back: Caddy keeps what it served.
 */
export function proxySwitchStep(service: string, o: ProxySwitchOptions): RemoteStep {
  return step('proxy', service, {
    SOURCE: o.src, PORT: o.port, IMAGE: o.image, ALIAS: o.alias, DRAIN: Math.floor(o.drainSeconds), FILE: o.routeFile, ROUTE: o.route,
    HOSTS: o.hosts.join('\n'), TLS: o.tlsPolicy, PX: PROXY.container, NET: PROXY_NETWORK, ADMIN: PROXY.admin,
    CONFIG_VOLUME: PROXY.configVolume, DATA_VOLUME: PROXY.dataVolume,
  }, { libs: PROXY_LIBS });
}

/** The steps that change the proxy read steps/proxy-lib.sh after lib.sh. */
const PROXY_LIBS = ['lib', 'docker-lib', 'proxy-lib'] as const;

/**
 * maintenance (on) and live (off): under the host-wide proxy lock, the service's route is put
 * aside and its names answered with the maintenance route, or the route is put back; audited.
 */
export function maintenanceStep(service: string, o: { on: boolean; port: number; hosts: readonly string[]; routeFile: string; maintenanceRoute: string; drainSeconds: number; by: string }): RemoteStep {
  return step('maintenance', service, {
    MODE: o.on ? 'on' : 'off', PORT: o.port, FILE: o.routeFile, HOSTS: o.hosts.join('\n'), MAINT: o.maintenanceRoute, DRAIN: Math.floor(o.drainSeconds), PX: PROXY.container, ADMIN: PROXY.admin,
  }, { libs: PROXY_LIBS, by: o.by });
}

/**
 * The fleet's rollback of a first deploy: under the host-wide proxy lock, the service's route is
 * taken off and the other services' routes loaded again (unrouted=1, or unrouted=none without a route).
 */
export function unrouteStep(service: string, drainSeconds: number): RemoteStep {
  return step('unroute', service, { DRAIN: Math.floor(drainSeconds), PX: PROXY.container, ADMIN: PROXY.admin }, { libs: PROXY_LIBS });
}

/**
 * After the switch: the old container drains (no connection to app_port left, at most
 * drain_timeout), stops, and the source takes the name.
 */
export function proxyRetireStep(service: string, src: 'new' | 'prev', drainSeconds: number, appPort: number): RemoteStep {
  return step('drain', service, { SOURCE: src, DRAIN: Math.floor(drainSeconds), HEXPORT: appPort.toString(16).toUpperCase().padStart(4, '0') });
}

/** Before any switch, the source failed: the new container is removed, a previous version stopped again. */
export function discardStep(service: string, src: 'new' | 'prev', audit: { action: string; by: string; from: string; to: string }): RemoteStep {
  return step('discard', service, { SOURCE: src, AUDIT_ACTION: audit.action, AUDIT_FROM: audit.from, AUDIT_TO: audit.to }, { by: audit.by });
}

/** Proxy mode, before the generic converge: finishes a switch the proxy already made (see proxy-converge.sh). */
export function proxyConvergeStep(service: string, by: string): RemoteStep {
  return step('proxy-converge', service, {}, { by });
}
