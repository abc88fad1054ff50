class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]

    def __getitem__(self, key):
        match key:
            case (int(r), int(c)):
                return self.cells[r][c]
            case (slice() as rs, slice() as cs):
                return [row[cs] for row in self.cells[rs]]
            case (slice() as rs, int(c)):
                return [row[c] for row in self.cells[rs]]
            case int(r):
                return self.cells[r]
        raise TypeError(key)

    def __setitem__(self, key, value):
        r, c = key
        self.cells[r][c] = value


data = list(range(20))
print(data[:], data[5:], data[:5], data[2:8], data[::2], data[1::3], data[:10:2])
print(data[::-1], data[-3:], data[:-3], data[-1:-6:-2], data[len(data) // 2 :])
print(data[slice(1, 10, 3)], data[slice(None)], data[::], data[:: -1][::5])
s = "Hello, Wörld!"
print(s[7:], s[:5][::-1], s[-6:-1])
g = Grid(4, 3)
g[1, 2] = 9
print(g[1, 2], g[0:2, 1:3], g[:, 2], g[::2, ::3], g[1:, :-1], g[-1])
t = (1, 2, 3, 4)
head, tail = t[0], t[1:]
data[2:5] = ["a", "b"]
data[::4] = [None] * len(data[::4])
del data[-2:]
del data[::3]
buf = bytearray(b"abcdef")
buf[1:3] = b"XY"
mv = memoryview(buf)[::2]
print(data, head, tail, bytes(mv), buf[...] if False else buf)
ellipsis_index = Ellipsis
print(g[0][1:2], [...][0])
