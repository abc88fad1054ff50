# Name lookup through local, enclosing, global and builtin scopes, including shadowing len.
x = "global"

def outer():
    x = "enclosing"
    def inner():
        return x
    def shadow():
        x = "local"
        return x
    return inner(), shadow()

print(outer(), x)

def uses_len(items):
    len = lambda s: "shadowed"
    return len(items)

print(uses_len([1, 2]), len([1, 2]))
