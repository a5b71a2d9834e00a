// The part of the `az` package (Russian morphology over OpenCorpora dictionaries) that Portier uses.
declare module 'az' {
  export interface AzTag {
    POST?: string;
    CAse?: string;
    GNdr?: string;
    toString(): string;
    [grammeme: string]: unknown;
  }
  export interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    /** Which of az's parsers read the word: "Dictionary" for a word the dictionary has, else a guesser's name. */
    parser?: string;
    normalize(keepPos?: boolean): AzParse;
    inflect(grammemes: string[] | AzTag): AzParse | false;
  }
  export interface AzMorph {
    (word: string, options?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (err: Error | null) => void): void;
  }
  const Az: { Morph: AzMorph };
  export default Az;
}
