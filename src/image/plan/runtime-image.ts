/** The runtime bases users name by a short word, and what each needs from the builder. */
export interface RuntimeBase {
  image: string;
  /** scratch has no /etc/passwd: gantry brings one with the non-root user. */
  needsPasswd: boolean;
  /** The base has no glibc: a cgo binary built on a glibc builder cannot run on it. */
  noGlibc: boolean;
}

export function runtimeBase(name: string, cgo: boolean): RuntimeBase {
  switch (name) {
    case 'scratch':
      return { image: 'scratch', needsPasswd: true, noGlibc: true };
    case 'distroless':
      return cgo
        ? { image: 'gcr.io/distroless/base-debian12:nonroot', needsPasswd: false, noGlibc: false }
        : { image: 'gcr.io/distroless/static-debian12:nonroot', needsPasswd: false, noGlibc: true };
    case 'alpine':
      return { image: 'alpine:3', needsPasswd: false, noGlibc: true };
    case 'debian-slim':
      return { image: 'debian:bookworm-slim', needsPasswd: false, noGlibc: false };
    default:
      return { image: name, needsPasswd: false, noGlibc: /alpine|busybox|static/.test(name) };
  }
}
