# A temporary dict built just for one lookup is freed, with all its values, right after the lookup.
class V:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)

choice = "b"
picked = {"a": V("a"), "b": V("b"), "c": V("c")}[choice]
print("picked", picked.name)
picked = None
print("end")
