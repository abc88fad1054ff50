from html import escape
from string.templatelib import Interpolation, Template


def render(node) -> str:
    match node:
        case Template():
            return "".join(render(part) for part in node)
        case Interpolation(value=Template() as inner):
            return render(inner)
        case Interpolation(value=list() | tuple() as items):
            return "".join(render(Interpolation(i, "item")) for i in items)
        case Interpolation(value, _, conversion, spec):
            text = format(repr(value) if conversion == "r" else value, spec)
            return escape(text)
        case str():
            return node


def card(title: str, body: Template) -> Template:
    return t'<div class="card"><h2>{title}</h2>{body}</div>'


def item(label: str, refs: int) -> Template:
    return t"<li>{label} — {refs:>3} refs</li>"


objs = [("Node<1>", 3), ("Leaf & co", 1)]
page = card("Heap <snapshot>", t"<ul>{[item(l, n) for l, n in objs]}</ul>")
print(render(page))
print(render(t"{'<b>'!r}"), render(t"""{
    "multi-line field"
}"""))
