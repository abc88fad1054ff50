import weakref


class Widget:
    _all = weakref.WeakSet()

    def __init__(self, name, parent=None, **style):
        self.name = name
        self.style = {"visible": True} | style
        self.children = []
        self._parent = None
        self.parent = parent
        Widget._all.add(self)

    @property
    def parent(self):
        return None if self._parent is None else self._parent()

    @parent.setter
    def parent(self, value):
        if (old := self.parent) is not None:
            old.children.remove(self)
        self._parent = weakref.ref(value) if value is not None else None
        if value is not None:
            value.children.append(self)

    @parent.deleter
    def parent(self):
        self.parent = None

    def destroy(self):
        for child in self.children[:]:
            child.destroy()
        del self.parent

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class Window(Widget):
    pass


class Button(Widget):
    def __init__(self, name, parent=None, *, label="OK", **style):
        super().__init__(name, parent, **style)
        self.label = label


win = Window("main", width=640, height=480)
panel = Widget("panel", win, padding=4)
ok = Button("ok", panel)
cancel = Button("cancel", panel, label="Cancel", visible=False)
print(sorted(w.name for w in Widget._all))
panel.destroy()
del panel, ok, cancel
print(win.children, len(Widget._all))
