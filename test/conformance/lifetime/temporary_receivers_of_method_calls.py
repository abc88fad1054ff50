# An object used only to call a method dies after the call, while the method's return value lives on.
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def build(self):
        return "-".join(self.parts)
    def __del__(self):
        print("builder freed with", len(self.parts), "parts")

result = Builder().add("a").add("b").add("c").build()
print("result:", result)
