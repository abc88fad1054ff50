import re
from functools import lru_cache


@lru_cache(maxsize=256)
def glob_to_regex(pattern: str) -> re.Pattern[str]:
    i, out = 0, []
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = pattern.find("]", i + 1)
            if j == -1:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1:j]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = j
        elif c == "{":
            j = pattern.index("}", i)
            out.append("(?:" + "|".join(map(re.escape, pattern[i + 1:j].split(","))) + ")")
            i = j
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out) + r"\Z")


def match(pattern: str, path: str) -> bool:
    return glob_to_regex(pattern).match(path) is not None


paths = ["src/app.py", "src/lib/util.py", "tests/test_app.py", "README.md", "src/app.pyc", "docs/a1.txt"]
for pat in ["*.md", "src/*.py", "**/*.py", "**/test_?*.py", "docs/[a-c][0-9].txt", "src/**/*.{py,pyc}"]:
    print(f"{pat:<22}", [p for p in paths if match(pat, p)])
