import textwrap


def justify(text: str, width: int = 40) -> list[str]:
    words, lines, line = text.split(), [], []
    for w in words:
        if sum(map(len, line)) + len(line) + len(w) > width and line:
            lines.append(line)
            line = []
        line.append(w)
    out = []
    for ws in lines:
        gaps = len(ws) - 1 or 1
        spaces = width - sum(map(len, ws))
        q, r = divmod(spaces, gaps)
        s = "".join(w + " " * (q + (i < r)) for i, w in enumerate(ws[:-1])) + ws[-1]
        out.append(s.ljust(width))
    out.append(" ".join(line).ljust(width))
    return out


para = ("Weak references allow a program to refer to an object without keeping it alive. "
        "When the only remaining references to an object are weak, the garbage collector "
        "is free to destroy it and reuse its memory for something else.")
for l in justify(para, 36):
    print(f"|{l}|")
print(textwrap.fill(para, width=36, initial_indent="» ", subsequent_indent="  "))
