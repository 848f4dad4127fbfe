import * as grpc from '@grpc/grpc-js';
import { AgentSource } from './ssh-agents';
import { bytesField, decodeMessage, encodeMessage, stringField } from './protobuf';

/**
 * The gRPC services a BuildKit session serves to the engine: health (mandatory, polled
 * every second), secrets, and SSH agent forwarding. Messages are encoded by hand
 * (protobuf.ts); the method paths are BuildKit's.
 */
export const METHODS = {
  healthCheck: '/grpc.health.v1.Health/Check',
  getSecret: '/moby.buildkit.secrets.v1.Secrets/GetSecret',
  checkAgent: '/moby.sshforward.v1.SSH/CheckAgent',
  forwardAgent: '/moby.sshforward.v1.SSH/ForwardAgent',
} as const;

export interface SessionProviders {
  /** Secret bytes by id; undefined for an id gantry was not given. */
  secret(id: string): Buffer | undefined;
  agent(id: string): AgentSource | undefined;
  debug(message: string): void;
  /** Called for every id BuildKit asked for (secrets and ssh), to report what was used. */
  used?(kind: 'secret' | 'ssh', id: string): void;
}

const SERVING = 1;
const SSH_ID_KEY = 'buildkit.ssh.id';

function unary(path: string): grpc.MethodDefinition<Buffer, Buffer> {
  return {
    path,
    requestStream: false,
    responseStream: false,
    requestSerialize: (b: Buffer) => b,
    requestDeserialize: (b: Buffer) => b,
    responseSerialize: (b: Buffer) => b,
    responseDeserialize: (b: Buffer) => b,
  };
}

function notFound(details: string): grpc.ServerErrorResponse {
  return Object.assign(new Error(details), { code: grpc.status.NOT_FOUND, details });
}

/** Registers the services on a grpc-js server. */
export function addSessionServices(server: grpc.Server, p: SessionProviders): void {
  server.addService({ Check: unary(METHODS.healthCheck) }, {
    Check: (_call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => cb(null, encodeMessage([[1, SERVING]])),
  });

  server.addService({ GetSecret: unary(METHODS.getSecret) }, {
    GetSecret: (call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => {
      const id = stringField(decodeMessage(call.request), 1);
      const value = p.secret(id);
      p.debug(`session: secret '${id}' ${value ? 'sent' : 'not found'}`);
      p.used?.('secret', id);
      if (!value) return cb(notFound(`secret ${id} not found`));
      cb(null, encodeMessage([[1, value]]));
    },
  });

  const forward: grpc.MethodDefinition<Buffer, Buffer> = {
    ...unary(METHODS.forwardAgent),
    requestStream: true,
    responseStream: true,
    requestDeserialize: (b: Buffer) => bytesField(decodeMessage(b), 1),
    responseSerialize: (b: Buffer) => encodeMessage([[1, b]]),
  };
  server.addService({ CheckAgent: unary(METHODS.checkAgent), ForwardAgent: forward }, {
    CheckAgent: (call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => {
      const id = stringField(decodeMessage(call.request), 1) || 'default';
      p.debug(`session: ssh agent '${id}' ${p.agent(id) ? 'checked' : 'not found'}`);
      if (!p.agent(id)) return cb(notFound(`ssh agent ${id} not found`));
      cb(null, Buffer.alloc(0));
    },
    ForwardAgent: (call: grpc.ServerDuplexStream<Buffer, Buffer>) => {
      const id = String(call.metadata.get(SSH_ID_KEY)[0] ?? '') || 'default';
      const source = p.agent(id);
      p.used?.('ssh', id);
      if (!source) {
        call.emit('error', notFound(`ssh agent ${id} not found`));
        return;
      }
      p.debug(`session: forwarding ssh agent '${id}' (${source.describe})`);
      const conn = source.open();
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        conn.destroy();
        call.end();
      };
      call.on('data', (chunk: Buffer) => conn.write(chunk));
      call.on('end', () => conn.end());
      call.on('error', () => conn.destroy());
      call.on('cancelled', () => conn.destroy());
      conn.on('data', (chunk: Buffer) => call.write(chunk));
      conn.on('end', close);
      conn.on('close', close);
      conn.on('error', (err: Error) => {
        p.debug(`session: ssh agent '${id}' failed: ${err.message}`);
        close();
      });
    },
  });
}
