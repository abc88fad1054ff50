# A button stores click handlers as WeakMethods so closed dialogs stop receiving clicks.
import weakref

class Button:
    def __init__(self):
        self._handlers = []
    def on_click(self, bound):
        self._handlers.append(weakref.WeakMethod(bound, self._forget))
    def _forget(self, wm):
        self._handlers.remove(wm)
        print("handler removed automatically")
    def click(self):
        for wm in list(self._handlers):
            wm()()

class Dialog:
    def __init__(self, title):
        self.title = title
    def handle(self):
        print("dialog", self.title, "handled click")

btn = Button()
d1, d2 = Dialog("Save"), Dialog("Open")
btn.on_click(d1.handle)
btn.on_click(d2.handle)
btn.click()
del d1
btn.click()
print("handlers:", len(btn._handlers))
