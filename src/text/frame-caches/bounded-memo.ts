// A remembered pure function of a string, for the measuring Ink repeats on every
// frame. Bounded: when full it starts over, so a long session cannot grow it
// without end, and strings too long to be worth keeping pass straight through.

const LIMIT = 20_000;
const LONGEST_KEY = 4096;

export function rememberedByString<T>(compute: (text: string) => T): (text: string) => T {
  const remembered = new Map<string, T>();
  return (text: string): T => {
    if (text.length > LONGEST_KEY) return compute(text);
    let value = remembered.get(text);
    if (value === undefined) {
      value = compute(text);
      if (remembered.size >= LIMIT) remembered.clear();
      remembered.set(text, value);
    }
    return value;
  };
}
