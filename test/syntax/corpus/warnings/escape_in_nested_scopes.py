def outer(sep="\:"):
    def inner():
        return lambda s="\;": s + "\!"
    return inner()()


class Holder:
    marker = "\%"

    def method(self):
        return f"{self.marker}\&"


result = outer()
