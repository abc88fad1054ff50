import gc
import weakref


class Form:
    def __init__(self):
        # self -> dict -> bound method -> self : a cycle
        self.on_submit = self.submit
        self.fields = {}

    def submit(self):
        return dict(self.fields)


class WeakForm:
    def __init__(self):
        self._on_submit = weakref.WeakMethod(self.submit)

    @property
    def on_submit(self):
        return self._on_submit()

    def submit(self):
        return "sent"


f, w = Form(), WeakForm()
pf, pw = weakref.ref(f), weakref.ref(w)
print(w.on_submit())
del f, w
print("Form alive (cycle):", pf() is not None, "| WeakForm alive:", pw() is not None)
gc.collect()
print("after gc:", pf())
