// Reads the hotel description (data/hotel.yml) and checks it against hotel/schema.ts, pointing at file:line:col
// for every problem. Here in config/ because config/ reads every file; hotel/ imports nothing from config/.
import type { Hotel } from '../hotel/types.ts';
import { hotelSchema } from '../hotel/schema.ts';
import { ProjectLoadError, type Problem } from './errors.ts';
import { parseYaml, posAt, readYaml, type YamlFile } from './yaml.ts';

/** Parses hotel YAML text; throws ProjectLoadError listing every problem with its position. */
export function parseHotel(file: string, text: string): Hotel {
  const problems: Problem[] = [];
  const y = parseYaml(file, text, problems);
  return checkHotel(y, problems);
}

/** Loads and validates the hotel description. */
export function loadHotel(path = 'data/hotel.yml'): Hotel {
  const problems: Problem[] = [];
  let y: YamlFile;
  try {
    y = readYaml(path, problems);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (e as Error).message;
    throw new ProjectLoadError([{ severity: 'error', pos: { file: path, line: 1, col: 1 }, message: `cannot read the hotel description: ${reason}` }]);
  }
  return checkHotel(y, problems);
}

function checkHotel(y: YamlFile, problems: Problem[]): Hotel {
  if (problems.some((p) => p.severity === 'error')) throw new ProjectLoadError(problems);
  const parsed = hotelSchema.safeParse(y.value ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      problems.push({ severity: 'error', pos: posAt(y, path), message: `${path.join('.') || '(root)'}: ${issue.message}` });
    }
    throw new ProjectLoadError(problems);
  }
  return parsed.data;
}
