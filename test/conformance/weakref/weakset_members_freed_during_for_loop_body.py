# Deleting the only strong reference to the current member inside the loop body is safe.
import weakref

class Job:
    def __init__(self, n):
        self.n = n

queue = {n: Job(n) for n in range(4)}
ws = weakref.WeakSet(queue.values())
done = []
for job in ws:
    done.append(job.n)
    del queue[job.n]
del job
print(sorted(done), len(ws), len(queue))
