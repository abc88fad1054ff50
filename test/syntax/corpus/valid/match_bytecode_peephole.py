from typing import NamedTuple


class Ins(NamedTuple):
    op: str
    arg: int | str | None = None


def peephole(code: list[Ins]) -> list[Ins]:
    out: list[Ins] = []
    i = 0
    while i < len(code):
        match code[i:i + 3]:
            case [Ins("LOAD_CONST", a), Ins("LOAD_CONST", b), Ins("BINARY_ADD")] if isinstance(a, int) and isinstance(b, int):
                out.append(Ins("LOAD_CONST", a + b))
                i += 3
            case [Ins("STORE", x), Ins("LOAD", y), *_] if x == y:
                out += [Ins("DUP"), Ins("STORE", x)]
                i += 2
            case [Ins("JUMP", target), Ins("LABEL", label), *_] if target == label:
                i += 1
            case [Ins("NOT"), Ins("JUMP_IF_FALSE", t), *_]:
                out.append(Ins("JUMP_IF_TRUE", t))
                i += 2
            case [Ins("LOAD", _) | Ins("LOAD_CONST", _), Ins("POP"), *_]:
                i += 2
            case [ins, *_]:
                out.append(ins)
                i += 1
    return out


prog = [Ins("LOAD_CONST", 2), Ins("LOAD_CONST", 3), Ins("BINARY_ADD"), Ins("STORE", "x"), Ins("LOAD", "x"),
        Ins("LOAD", "y"), Ins("POP"), Ins("NOT"), Ins("JUMP_IF_FALSE", "end"), Ins("JUMP", "end"), Ins("LABEL", "end")]
optimized = peephole(prog)
for ins in optimized:
    print(f"{ins.op:<15}{'' if ins.arg is None else ins.arg}")
print(f"{len(prog)} -> {len(optimized)} instructions")
