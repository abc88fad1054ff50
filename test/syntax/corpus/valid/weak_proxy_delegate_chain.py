import weakref


class Document:
    def __init__(self, title):
        self.title = title
        self.views = []

    def add_view(self, cls, *args):
        view = cls(self, *args)
        self.views.append(view)
        return view


class View:
    def __init__(self, doc, zoom=1.0):
        self.doc = weakref.proxy(doc)
        self.zoom = zoom

    def caption(self):
        try:
            return f"{self.doc.title} @ {self.zoom:.0%}"
        except ReferenceError:
            return "<closed>"


class SplitView(View):
    def __init__(self, doc, panes=2, **kw):
        super().__init__(doc, **kw)
        self.panes = panes

    def caption(self):
        return f"{super().caption()} [{self.panes} panes]"


doc = Document("notes.md")
v1 = doc.add_view(View, 1.25)
v2 = doc.add_view(SplitView, 3, zoom=0.75)
print(v1.caption(), "|", v2.caption())
views = doc.views
del doc
print([v.caption() for v in views])
print(isinstance(v1.doc, weakref.ProxyType), weakref.getweakrefcount(v1))
