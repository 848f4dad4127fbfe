import { isTransient } from '../../../../src/image/publish/push';

describe('registry errors', () => {
  test.each([
    ['received unexpected HTTP status: 503 Service Unavailable', true],
    ['Get "http://r/v2/": dial tcp 10.0.0.1:5000: connect: connection refused', true],
    ['net/http: TLS handshake timeout', true],
    ['unexpected EOF', true],
    ['unauthorized: authentication required', false],
    ['denied: requested access to the resource is denied', false],
    ['manifest invalid: manifest invalid', false],
  ])('%s -> transient %s', (message, transient) => expect(isTransient(message)).toBe(transient));
});
