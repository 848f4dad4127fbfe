/**
 * Loads sigstore-js (@sigstore/sign) when keyless signing asks for it. In the bundle it is a
 * chunk of its own (dist/sigstore.index.js) that only sign_keyless reads, so no other run
 * parses it; outside the bundle (tests, ts-node) it is a plain require.
 */
import { createRequire } from 'module';

declare const __webpack_require__: unknown;

type Sigstore = typeof import('@sigstore/sign');
interface EnsuringRequire {
  ensure(deps: string[], load: (r: (id: string) => unknown) => void, fail: (err: Error) => void, chunk: string): void;
}

export function loadSigstore(): Promise<Sigstore> {
  if (typeof __webpack_require__ === 'function') {
    return new Promise<Sigstore>((resolve, reject) => {
      (require as unknown as EnsuringRequire).ensure(['@sigstore/sign'], (require) => resolve(require('@sigstore/sign') as Sigstore), reject, 'sigstore');
    });
  }
  // Not a require the bundler follows: this branch never runs in the bundle.
  return Promise.resolve(createRequire(__filename)('@sigstore/sign') as Sigstore);
}
