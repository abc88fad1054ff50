# A pool that lends connections and reclaims them automatically when the borrower object dies.
import weakref

class Pool:
    def __init__(self, size):
        self.free = list(range(size))
    def lend(self, borrower):
        conn = self.free.pop(0)
        weakref.finalize(borrower, self._reclaim, conn)
        return conn
    def _reclaim(self, conn):
        self.free.append(conn)
        print("reclaimed connection", conn, "free:", self.free)

class Request:
    pass

pool = Pool(3)
r1, r2 = Request(), Request()
print("r1 got", pool.lend(r1), "r2 got", pool.lend(r2), "free:", pool.free)
del r1
r3 = Request()
print("r3 got", pool.lend(r3))
del r2, r3
print("final free:", sorted(pool.free))
