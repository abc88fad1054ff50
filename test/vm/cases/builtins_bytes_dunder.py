# bytes() consults __bytes__ (bytes only, not bytearray) and treats __index__ objects as a size
class Blob:
    def __bytes__(self):
        return b"blob"
class Bad:
    def __bytes__(self):
        return "str"
class Idx:
    def __index__(self):
        return 3
class MyB(bytes):
    pass
print(bytes(Blob()), MyB(Blob()), type(MyB(Blob())).__name__, bytes(Idx()), bytearray(Idx()))
try:
    bytes(Bad())
except TypeError as e:
    print(e)
try:
    bytearray(Blob())
except TypeError as e:
    print(e)
try:
    bytes(object())
except TypeError as e:
    print(e)
