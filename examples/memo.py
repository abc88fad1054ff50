# A memo keyed weakly by its objects: an entry goes when its key object does.
import weakref


class Matrix:
    def __init__(self, rows):
        self.rows = rows


_memo = weakref.WeakKeyDictionary()


def trace_of(m):
    if m not in _memo:
        print("computing")
        _memo[m] = sum(m.rows[i][i] for i in range(len(m.rows)))
    return _memo[m]


m = Matrix([[1, 2], [3, 4]])
print(trace_of(m))
print(trace_of(m))        # memoized
print(len(_memo))

del m                     # the key dies: its entry leaves the memo
print(len(_memo))
