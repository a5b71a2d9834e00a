// The words a caller names a pet by — kinds and common breeds, in their case forms — as one regex source, so the
// pet rule (knowledge/topics.ts) and the party count (guests.ts: a pet beside the party is no person) hear the
// same animals. «такса» but not «такси»; the caller of this source adds the word boundaries.
export const PET_NOUN =
  '(?:собак\\S*|собач\\S*|пес|пса|псом|песик\\S*|щен\\S*|овчарк\\S*|лабрадор\\S*|хаски|алабай\\S*|ретривер\\S*|доберман\\S*|ротвейлер\\S*|шпиц\\S*|бигл\\S*|биглик\\S*|корги|мопс\\S*|бульдог\\S*|пудел\\S*|терьер\\S*|спаниел\\S*|колли|шелти|пинчер\\S*|чихуа\\S*|йорк\\S*|болонк\\S*|дворняг\\S*|дворняжк\\S*|мейн-?кун\\S*|британ(?:ец|ца|цем|к[аиуой]\\S*)|сфинкс\\S*|шотланд(?:ец|ца|цем|к[аиуой]\\S*)|хор[её]к|хорька|хорьком|такс(?:а|ы|у|е|ой|ик\\S*)|кош\\S*|кот|кота|коту|котом|котик\\S*|котенк\\S*|кис(?:а|ы|у|е|ой|к\\S*)|питом\\S*|животн\\S*|попуга\\S*|хомяк\\S*|хомячк\\S*|кролик\\S*)';
