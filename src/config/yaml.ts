// Reads YAML project files; the parsing that keeps source positions is the engine's (engine/yaml-source.ts).
import { readFileSync } from 'node:fs';
import type { Problem } from '../engine/problems.ts';
import { parseYaml, type YamlFile } from '../engine/yaml-source.ts';

export { parseYaml, posAt, type YamlFile } from '../engine/yaml-source.ts';

export function readYaml(file: string, problems: Problem[]): YamlFile {
  return parseYaml(file, readFileSync(file, 'utf8'), problems);
}
