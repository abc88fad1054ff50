# Intermediate objects of a method chain are freed as soon as the next link no longer needs them.
class Step:
    def __init__(self, label):
        self.label = label
    def then(self, label):
        print("  step", self.label, "->", label)
        return Step(label)
    def __del__(self):
        print("  drop", self.label)

print("chain start")
final = Step("a").then("b").then("c").then("d")
print("chain built, holding", final.label)
final = None
print("end")
