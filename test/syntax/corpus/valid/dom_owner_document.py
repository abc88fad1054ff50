from __future__ import annotations

import weakref
from typing import Iterator


class Document:
    def __init__(self):
        self.root = Element("html", self)

    def create(self, tag: str, **attrs) -> Element:
        return Element(tag, self, **attrs)

    def find_all(self, tag: str) -> Iterator[Element]:
        return (e for e in self.root.iter() if e.tag == tag)


class Element:
    def __init__(self, tag: str, doc: Document, **attrs) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Element] = []
        self._doc = weakref.ref(doc)
        self._parent: weakref.ref[Element] | None = None

    @property
    def owner_document(self) -> Document | None:
        return self._doc()

    @property
    def parent(self) -> Element | None:
        return self._parent() if self._parent else None

    def append(self, child: Element) -> Element:
        if child.parent is not None:
            child.parent.children.remove(child)
        child._parent = weakref.ref(self)
        self.children.append(child)
        return child

    def iter(self) -> Iterator[Element]:
        yield self
        for c in self.children:
            yield from c.iter()

    def __str__(self) -> str:
        attrs = "".join(f' {k.rstrip("_")}="{v}"' for k, v in self.attrs.items())
        inner = "".join(map(str, self.children))
        return f"<{self.tag}{attrs}>{inner}</{self.tag}>"


doc = Document()
body = doc.root.append(doc.create("body"))
ul = body.append(doc.create("ul", class_="list"))
for i in range(2):
    ul.append(doc.create("li", id=f"item{i}"))
print(doc.root, len(list(doc.find_all("li"))))
item = ul.children[0]
del doc, body, ul
print(item.owner_document, item.parent, item)
