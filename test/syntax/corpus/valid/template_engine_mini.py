import html
import re

TOKEN = re.compile(r"({{.*?}}|{%.*?%})", re.S)


class Template:
    def __init__(self, text: str):
        self.code = self._compile(text)

    def _compile(self, text):
        lines, indent, stack = ["def render(ctx, out, esc):"], 1, []
        emit = lambda s: lines.append("    " * indent + s)
        for tok in TOKEN.split(text):
            if tok.startswith("{{"):
                expr = tok[2:-2].strip()
                raw = expr.endswith("|safe")
                expr = expr.removesuffix("|safe").strip()
                emit(f"out.append(str({expr}) if {raw} else esc(str({expr})))")
            elif tok.startswith("{%"):
                words = tok[2:-2].split()
                match words:
                    case ["for", var, "in", *it]:
                        emit(f"for {var} in {' '.join(it)}:")
                        indent += 1; stack.append("for")
                    case ["if", *cond]:
                        emit(f"if {' '.join(cond)}:")
                        indent += 1; stack.append("if")
                    case ["else"]:
                        indent -= 1; emit("else:"); indent += 1
                    case ["endfor" | "endif" as end]:
                        if stack.pop() != end[3:]:
                            raise SyntaxError(f"mismatched {end}")
                        indent -= 1
            elif tok:
                emit(f"out.append({tok!r})")
        if stack:
            raise SyntaxError(f"unclosed {stack[-1]}")
        ns = {}
        exec("\n".join(lines), ns)
        return ns["render"]

    def render(self, **ctx):
        out = []
        self.code(ctx, out, html.escape)
        return "".join(out)


tpl = Template("""<ul>{% for o in ctx['objs'] %}
  <li>{{ o['name'] }}{% if o['alive'] %} ✓{% else %} ✗ ({{ o['why'] }}){% endif %}</li>{% endfor %}
</ul>{{ ctx['footer']|safe }}""")
print(tpl.render(objs=[{"name": "Node<a>", "alive": True}, {"name": "Leaf", "alive": False, "why": "refcount → 0"}],
                 footer="<hr>"))
