# A closure's cell keeps a captured object alive after the enclosing function has returned.
class Data:
    def __del__(self):
        print("Data freed")

def make_reader():
    d = Data()
    def read():
        return type(d).__name__
    return read

reader = make_reader()
print("reader made:", reader())
print("drop closure")
del reader
print("end")
