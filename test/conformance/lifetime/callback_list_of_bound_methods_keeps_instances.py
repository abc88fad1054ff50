# Registering bound methods in a list keeps their instances alive until the list lets go.
class Listener:
    def __init__(self, name):
        self.name = name
    def on_event(self, e):
        print(self.name, "got", e)
    def __del__(self):
        print("listener", self.name, "freed")

handlers = []
for name in ["x", "y"]:
    handlers.append(Listener(name).on_event)
print("registered, no names kept")
for h in handlers:
    h("ping")
handlers.pop(0)
print("first handler removed")
handlers.clear()
print("end")
