import html
import re

INLINE = [
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<!\*)\*(?!\*)(.+?)\*"), r"<em>\1</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), r'<a href="\2">\1</a>'),
]


def inline(text: str) -> str:
    text = html.escape(text, quote=False)
    for pattern, repl in INLINE:
        text = pattern.sub(repl, text)
    return text


def to_html(md: str) -> str:
    out: list[str] = []
    in_list = in_code = False
    for line in md.splitlines():
        if line.startswith("```"):
            out.append("</pre>" if in_code else "<pre>")
            in_code = not in_code
            continue
        if in_code:
            out.append(html.escape(line))
            continue
        if in_list and not line.startswith(("- ", "* ")):
            out.append("</ul>")
            in_list = False
        if m := re.match(r"(#{1,6})\s+(.*)", line):
            level = len(m[1])
            out.append(f"<h{level}>{inline(m[2])}</h{level}>")
        elif line.startswith(("- ", "* ")):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"  <li>{inline(line[2:])}</li>")
        elif line.strip():
            out.append(f"<p>{inline(line)}</p>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


doc = """# Weakscope
Shows **when** objects *die*.
- uses `weakref.finalize`
- see [docs](https://example.org/docs)
```
x = 1 < 2
```
"""
print(to_html(doc))
