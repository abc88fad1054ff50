/**
 * A large, varied Python file for benchmarks, generated from a seed so every run parses the same
 * text. Each unit is a realistic chunk (classes, comprehensions, f-strings, match, try...) with
 * fresh names, so nothing is a trivially repeated line.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['cache', 'node', 'item', 'value', 'parent', 'child', 'owner', 'ref', 'entry', 'key', 'frame', 'task',
  'event', 'handler', 'buffer', 'record', 'state', 'token', 'queue', 'index'];

function unit(i: number, rnd: () => number): string {
  const w = (): string => WORDS[Math.floor(rnd() * WORDS.length)] as string;
  const a = `${w()}_${i}`;
  const b = `${w()}_${i}b`;
  const n = Math.floor(rnd() * 1000);
  return `
class ${a.charAt(0).toUpperCase()}${a.slice(1)}(Base, metaclass=Meta):
    """A ${w()} that keeps a weak reference to its ${w()}."""
    __slots__ = ("${a}", "${b}", "__weakref__")

    def __init__(self, ${a}: int = ${n}, *args, ${b}=None, **kwargs) -> None:
        self.${a} = ${a}
        self.${b} = weakref.ref(${b}) if ${b} is not None else None
        self.items = [x * 2 for x in range(${a}) if x % 3 == 0]
        self.table = {k: v for k, v in zip(args, kwargs.values())}

    @property
    def ${b}_alive(self) -> bool:
        return self.${b} is not None and self.${b}() is not None

    def describe(self, width=10):
        return f"{type(self).__name__}({self.${a}!r:>{width}}, alive={self.${b}_alive})"


def process_${i}(data, *, limit=${n}, verbose=False):
    total = 0
    for idx, (left, right) in enumerate(zip(data[::2], data[1::2])):
        if (delta := right - left) > limit or left in {1, 2, 3}:
            total += delta ** 2 // 3
        elif not verbose and idx < 10:
            continue
        else:
            total -= abs(left) if left < 0 else left
    try:
        result = {"total": total, "mean": total / max(len(data), 1), "ok": True}
    except (ZeroDivisionError, OverflowError) as exc:
        raise RuntimeError("bad data") from exc
    finally:
        data = None
    match result:
        case {"ok": True, "total": int(t)} if t > ${n}:
            return [t, *result.values()]
        case {"ok": False} | None:
            return None
        case _:
            return lambda x, y=${n}: (x + y, 0x${(n * 7919).toString(16)}, 1_000.5e-3, 3j)
`;
}

export function generatePython(minLines: number, seed = 42): string {
  const rnd = mulberry32(seed);
  const parts = ['import weakref\nfrom abc import ABCMeta as Meta\n\n\nclass Base:\n    pass\n'];
  let lines = 6;
  for (let i = 0; lines < minLines; i++) {
    const text = unit(i, rnd);
    parts.push(text);
    lines += text.split('\n').length - 1;
  }
  return parts.join('');
}
