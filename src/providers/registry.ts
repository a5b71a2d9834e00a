// One way to choose an implementation by the name a configuration file gives, as vercel/ai's provider registry
// does: each kind (VAD, recogniser, synthesiser, tracker store, lock store, hotel store) registers its providers
// by name once, and the code that chooses asks the registry instead of walking an if/else chain.

/** A name no provider of the kind answers to. */
export class UnknownProviderError extends Error {
  constructor(
    readonly kind: string,
    readonly provider: string,
    readonly known: readonly string[],
  ) {
    super(`${kind}: "${provider}" is not supported (${known.join(', ')})`);
    this.name = 'UnknownProviderError';
  }
}

export interface ProviderRegistry<Options, Product> {
  readonly kind: string;
  /** The names providers registered under, in registration order (aliases left out). */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The name `name` stands for: lower case, aliases followed (the name itself when nothing is registered under it). */
  canonical(name: string): string;
  /** @throws UnknownProviderError */
  create(name: string, options: Options): Product;
}

/**
 * A registry of `kind` from factories by name. `aliases` map other spellings (Rasa's, older ones) to a name;
 * lookups ignore case.
 */
export function createProviderRegistry<Options, Product>(
  kind: string,
  providers: Readonly<Record<string, (options: Options) => Product>>,
  aliases: Readonly<Record<string, string>> = {},
): ProviderRegistry<Options, Product> {
  const byName = new Map(Object.entries(providers).map(([name, make]) => [name.toLowerCase(), make]));
  const canonical = (name: string) => {
    const lower = name.toLowerCase();
    return aliases[lower] ?? lower;
  };
  return {
    kind,
    names: Object.keys(providers),
    has: (name) => byName.has(canonical(name)),
    canonical,
    create(name, options) {
      const make = byName.get(canonical(name));
      if (!make) throw new UnknownProviderError(kind, name, Object.keys(providers));
      return make(options);
    },
  };
}
