import * as crypto from 'crypto';
import * as grpc from '@grpc/grpc-js';
import { Engine } from '../../../engine/docker';
import { METHODS, SessionProviders, addSessionServices } from './session-services';

/**
 * A BuildKit session attached to an engine-API build, without the docker CLI.
 *
 * `POST /session` with `Upgrade: h2c` turns the connection around: after the 101 the engine
 * is the HTTP/2 gRPC client and gantry serves on the same socket. The build then names the
 * session (`session=<id>` in the /build query) and BuildKit calls back for secrets and SSH.
 */
export interface BuildSession {
  readonly id: string;
  /** Ends the session: stops serving and closes the upgraded connection. Idempotent. */
  close(): Promise<void>;
}

export async function openBuildSession(engine: Engine, providers: SessionProviders, name = 'gantry'): Promise<BuildSession> {
  const id = crypto.randomUUID();
  const headers: Record<string, string | string[]> = {
    Upgrade: 'h2c',
    'X-Docker-Expose-Session-Uuid': id,
    'X-Docker-Expose-Session-Name': name,
    // The CLI derives the shared key from the context folder to reuse file transfers; the
    // context travels as a tar body here, so any stable value will do.
    'X-Docker-Expose-Session-Sharedkey': name,
    'X-Docker-Expose-Session-Grpc-Method': Object.values(METHODS),
  };
  engine.debug(`engine: session ${id} (${Object.values(METHODS).join(' ')})`);
  const socket = await engine.upgradeSession(headers);

  const server = new grpc.Server();
  addSessionServices(server, providers);
  const injector = server.createConnectionInjector(grpc.ServerCredentials.createInsecure());
  injector.injectConnection(socket);

  let closed: Promise<void> | undefined;
  return {
    id,
    close(): Promise<void> {
      closed ??= new Promise<void>((resolve) => {
        engine.debug(`engine: session ${id} closed`);
        injector.destroy();
        server.forceShutdown();
        socket.on('close', () => resolve());
        socket.end();
        // An engine that keeps its end open must not hold the process.
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 1000).unref();
      });
      return closed;
    },
  };
}
