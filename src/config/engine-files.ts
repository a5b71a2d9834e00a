// Reads the engine's project files (flows, domain, e2e tests) and hands the parsed documents to the pure engine
// loaders. Each file is read as the engine reaches it, so problems come out in file order.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { domainOfFiles } from '../engine/domain/load.ts';
import type { Domain } from '../engine/domain/types.ts';
import { flowsOfFiles } from '../engine/flows/load.ts';
import type { Flow } from '../engine/flows/types.ts';
import { validateProject } from '../engine/flows/validate.ts';
import type { Problem } from '../engine/problems.ts';
import { buildEngineProject, type EngineProject } from '../engine/project.ts';
import { type TestSuite, testSuiteOf } from '../engine/testing/e2e-file.ts';
import type { YamlFile } from '../engine/yaml-source.ts';
import { findYamlFiles } from './files.ts';
import { readYaml } from './yaml.ts';

function* readEach(files: readonly string[], problems: Problem[]): Generator<YamlFile> {
  for (const file of files) yield readYaml(file, problems);
}

/** Reads and merges every `flows:` section of the given files. Files without `flows:` are skipped. */
export function loadFlows(files: string[], problems: Problem[]): Flow[] {
  return flowsOfFiles(readEach(files, problems), problems);
}

/** Loads and merges domain files; `paths` may name files or folders (searched recursively). */
export function loadDomain(paths: string[], problems: Problem[]): Domain {
  return domainOfFiles(readEach(paths.flatMap(findYamlFiles), problems), problems);
}

/** Reads e2e test files into one suite. */
export function loadTestSuite(files: string[], problems: Problem[]): TestSuite {
  return testSuiteOf(readEach(files, problems), problems);
}

/**
 * Loads `<root>/domain.yml` (or `<root>/domain/`) and every flow file under `<root>/data/`, merged over the
 * default patterns, and validates the result. Problems are appended to `problems`; the caller decides
 * whether errors are fatal (see ProjectLoadError).
 */
export function loadEngineProject(opts: { root: string; problems: Problem[]; domainPaths?: string[]; dataPaths?: string[] }): EngineProject {
  const { root, problems } = opts;
  const domainPaths = opts.domainPaths ?? [join(root, 'domain.yml'), join(root, 'domain.yaml'), join(root, 'domain')].filter((p) => existsSync(p));
  const dataPaths = opts.dataPaths ?? [join(root, 'data')];
  const domain = loadDomain(domainPaths, problems);
  const userFlows = loadFlows(dataPaths.flatMap(findYamlFiles), problems);
  const project = buildEngineProject(userFlows, domain, []);
  problems.push(...validateProject(project.flows, project.domain));
  return project;
}
