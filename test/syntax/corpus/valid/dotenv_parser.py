import os
import re

LINE = re.compile(r"""
    ^\s*(?:export\s+)?
    (?P<key>[A-Za-z_][A-Za-z0-9_]*)
    \s*=\s*
    (?P<value>
        '(?:[^'])*'          # single quoted: literal
      | "(?:\\.|[^"\\])*"    # double quoted: escapes
      | [^\#\n]*?            # bare: up to a comment
    )
    \s*(?:\#.*)?$
""", re.VERBOSE)
VAR = re.compile(r"\$\{(\w+)(?::-([^}]*))?\}|\$(\w+)")


def parse(text: str, env=os.environ) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = LINE.match(line)
        if m is None:
            raise ValueError(f"line {n}: cannot parse {line!r}")
        key, raw = m["key"], m["value"]
        if raw[:1] == "'":
            value = raw[1:-1]
        else:
            if raw[:1] == '"':
                raw = raw[1:-1].encode().decode("unicode_escape")
            lookup = lambda mm: out.get(mm[1] or mm[3]) or env.get(mm[1] or mm[3]) or (mm[2] or "")
            value = VAR.sub(lookup, raw)
        out[key] = value
    return out


sample = r"""
# database
DB_HOST=localhost
DB_PORT = 5432  # default port
export DB_URL="postgres://${DB_HOST}:${DB_PORT}/app\n"
LITERAL='no $expansion here'
GREETING="tab\there"
FALLBACK=${UNSET_VARIABLE:-fallback}
"""
for k, v in parse(sample, env={}).items():
    print(f"{k}={v!r}")
