# The empty tuple, empty string, empty bytes and empty frozenset are singletons; empty lists and dicts are not.
empty_s = ""
empty_b = b""
empty_t = ()
print(empty_t is tuple())
print(tuple([]) is empty_t)
print(empty_s is str())
print("abc"[3:] is empty_s)
print([] is [])
print({} is {})
print(frozenset() is frozenset())
print(bytes() is empty_b)
