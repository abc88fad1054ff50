import enum
from collections.abc import Iterator


class K(enum.Enum):
    NUM = "num"
    IDENT = "ident"
    OP = "op"
    STR = "str"
    EOF = "eof"


def lex(src: str) -> Iterator[tuple[K, str]]:
    i = 0
    while i < len(src):
        match src[i]:
            case " " | "\t" | "\n":
                i += 1
            case c if c.isdigit():
                j = i
                while j < len(src) and (src[j].isdigit() or src[j] == "_"):
                    j += 1
                yield K.NUM, src[i:j]
                i = j
            case c if c.isalpha() or c == "_":
                j = i + 1
                while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                    j += 1
                yield K.IDENT, src[i:j]
                i = j
            case '"' | "'" as quote:
                j = src.index(quote, i + 1)
                yield K.STR, src[i + 1:j]
                i = j + 1
            case _ if src.startswith(("==", "!=", "<=", ">=", "->"), i):
                yield K.OP, src[i:i + 2]
                i += 2
            case c:
                yield K.OP, c
                i += 1
    yield K.EOF, ""


def summarize(tokens):
    counts = {}
    for tok in tokens:
        match tok:
            case (K.EOF, _):
                break
            case (K.IDENT, ("if" | "else" | "while" | "return") as kw):
                counts["keyword"] = counts.get("keyword", 0) + 1
                counts.setdefault("keywords", []).append(kw)
            case (K.NUM | K.STR) as kind, _:
                counts[kind.value] = counts.get(kind.value, 0) + 1
            case (kind, text):
                counts[kind.value] = counts.get(kind.value, 0) + 1
    return counts


print(summarize(lex('if x_1 >= 10_000: return "big" else y -> z')))
