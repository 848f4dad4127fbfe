import * as path from 'path';
import YAML from 'yaml';
import { INPUTS, InputName, InputSpec, Inputs } from '../../schema';
import { parseInputs } from '../../inputs';
import { UserError } from '../../errors';
import { commonAncestor, localReplaceDirs } from './local-modules';

/**
 * gantry.yml: several services in one repository.
 *
 *   parallel: 2            # optional: builds at once (the `parallel` input wins when set)
 *   services:
 *     api:
 *       context: services/api       # the folder with the service's go.mod (relative to this file)
 *       main_package: ./cmd/api
 *       go_version: "1.22"          # optional: else from its go.mod
 *       image: registry.example.com/team/api   # optional: else <image input>/<name>
 *       tags: ["{commit_time}", "{short_sha}"]
 *
 * A service takes every build and push input from the run's inputs and overrides the ones it
 * names. Parsing is pure: reading go.mod files is the caller's `readGoMod`.
 */

export interface ServiceSpec {
  name: string;
  inputs: Inputs;
  /** Absolute folders of the local modules its go.mod replaces to. */
  localModules: string[];
  /** Set when the service replaces to local modules: the folder holding the context and them. */
  contextRoot?: string;
  /** Absolute folders whose changes rebuild the service (context, local modules, a Dockerfile's). */
  sourceDirs: string[];
  /** Absolute files whose changes rebuild it too (its own Dockerfile). */
  sourceFiles: string[];
}

export interface ServicesConfig {
  file: string;
  parallel: number;
  services: ServiceSpec[];
}

/** Inputs a service may set; the rest belong to the whole run. */
const RUN_WIDE: InputName[] = ['command', 'config', 'parallel', 'only_changed', 'binaries_dir', 'cache_dir', 'cache_max_mb', 'builder_idle_minutes', 'registry_username', 'registry_password', 'registry_auth_config', 'netrc', 'ssh'];

export function serviceInputNames(): InputName[] {
  return (Object.keys(INPUTS) as InputName[]).filter((n) => {
    const spec: InputSpec = INPUTS[n];
    return (spec.group === 'build' || spec.group === 'push' || spec.group === 'secrets') && !RUN_WIDE.includes(n);
  });
}

function configError(file: string, where: string, problem: string): UserError {
  return new UserError(`${file}: ${where}${where ? ': ' : ''}${problem}`);
}

function asText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map((v) => String(v)).join('\n');
  if (typeof value === 'object') return undefined;
  return String(value);
}

export function parseServicesConfig(text: string, file: string, base: Inputs, readGoMod: (dir: string) => string | null): ServicesConfig {
  let doc: unknown;
  try {
    // Every scalar as written: YAML's core schema reads an unquoted go_version: 1.20 as the
    // number 1.2, and true/1.10 lose their spelling the same way.
    doc = YAML.parse(text, { schema: 'failsafe' });
  } catch (err) {
    throw configError(file, '', `is not valid YAML (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw configError(file, '', 'must be a mapping with a services: entry');
  const top = doc as Record<string, unknown>;
  for (const key of Object.keys(top)) {
    if (key !== 'services' && key !== 'parallel') throw configError(file, key, 'is not a gantry.yml entry; expected services or parallel');
  }
  const dir = path.dirname(path.resolve(file));
  let parallel = base.parallel;
  if (!parallel && top.parallel !== undefined) {
    const n = Number(top.parallel);
    if (!Number.isInteger(n) || n < 1) throw configError(file, 'parallel', `'${String(top.parallel)}' is not a whole number of at least 1`);
    parallel = n;
  }
  const services = top.services;
  if (!services || typeof services !== 'object' || Array.isArray(services) || !Object.keys(services).length) {
    throw configError(file, 'services', 'must map service names to their settings (at least one)');
  }
  const allowed = new Set<string>(serviceInputNames());
  const out: ServiceSpec[] = [];
  for (const [name, raw] of Object.entries(services as Record<string, unknown>)) {
    const where = `service '${name}'`;
    if (!/^[a-z0-9][a-z0-9_.-]*$/.test(name)) throw configError(file, where, 'is not a valid service name; expected lower case letters, digits, _ . -');
    const settings = (raw === '' || raw === null || raw === undefined ? {} : raw) as Record<string, unknown>;
    if (typeof settings !== 'object' || Array.isArray(settings)) throw configError(file, where, 'must be a mapping of inputs');
    const given: Record<string, string> = {};
    for (const [key, value] of Object.entries(settings)) {
      if (!allowed.has(key)) {
        throw configError(file, where, `'${key}' is not a service setting; expected one of ${[...allowed].join(', ')}`);
      }
      const t = asText(value);
      if (t === undefined) throw configError(file, `${where}: ${key}`, 'must be a value or a list of values');
      given[key] = t;
    }
    let parsed: Inputs;
    try {
      parsed = parseInputs(given);
    } catch (err) {
      throw configError(file, where, err instanceof Error ? err.message : String(err));
    }
    const inputs: Inputs = { ...base };
    const target = inputs as unknown as Record<string, unknown>;
    for (const key of Object.keys(given)) target[key] = (parsed as unknown as Record<string, unknown>)[key];
    inputs.context = path.resolve(dir, given.context ?? '.');
    if (given.dockerfile) inputs.dockerfile = path.resolve(dir, given.dockerfile);
    if (!given.image && base.image) inputs.image = base.image.split(/[\s,]+/).filter(Boolean).map((b) => `${b.replace(/\/+$/, '')}/${name}`).join(',');
    inputs.config = '';

    const goMod = readGoMod(inputs.context);
    const localModules = goMod ? localReplaceDirs(goMod).map((d) => path.resolve(inputs.context, d)) : [];
    out.push(serviceSpec(name, inputs, localModules));
  }
  return { file, parallel, services: out };
}

/** A service's spec from its inputs (context already absolute) and its local modules. */
export function serviceSpec(name: string, inputs: Inputs, localModules: string[]): ServiceSpec {
  // The download step needs the replaced modules' go.mod files, so they travel in the context:
  // the context grows to the folder holding the service and them.
  const contextRoot = localModules.length ? commonAncestor([inputs.context, ...localModules]) : undefined;
  const sourceFiles = inputs.dockerfile ? [path.resolve(inputs.dockerfile)] : [];
  return { name, inputs, localModules, contextRoot, sourceDirs: [inputs.context, ...localModules], sourceFiles };
}
