from html.parser import HTMLParser


class TextExtractor(HTMLParser):
    SKIP = {"script", "style", "head"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "br", "tr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[tuple[str, str]] = []
        self._skip_depth = 0
        self._href: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skip_depth += 1
        elif tag == "a":
            self._href = dict(attrs).get("href")
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "a":
            self._href = None

    def handle_data(self, data):
        if self._skip_depth:
            return
        if self._href and data.strip():
            self.links.append((data.strip(), self._href))
        self.parts.append(data)

    def text(self):
        lines = ("".join(self.parts)).splitlines()
        return "\n".join(" ".join(l.split()) for l in lines if l.strip())


p = TextExtractor()
p.feed("""<html><head><title>x</title><style>p{}</style></head><body>
<h1>Weak&nbsp;refs</h1><p>See <a href="/docs">the docs</a> &amp; <a href='/faq'>FAQ</a>.</p>
<script>var x = "<p>no</p>";</script><ul><li>one</li><li>two &lt;3</li></ul></body></html>""")
print(p.text())
print(p.links)
