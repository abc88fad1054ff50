class Retry(Exception):
    pass


def worker():
    results = []
    attempts = 0
    while True:
        try:
            job = yield len(results)
        except Retry as r:
            attempts += 1
            print(f"retrying after {r}")
            continue
        except GeneratorExit:
            print(f"worker stopping after {len(results)} jobs, {attempts} retries")
            raise
        if job is None:
            return results
        results.append(job.upper())


w = worker()
print(next(w))
print(w.send("a"), w.send("b"))
print(w.throw(Retry("timeout")))
print(w.send("c"))
try:
    w.send(None)
except StopIteration as stop:
    print("returned", stop.value)

w2 = worker()
next(w2)
w2.send("x")
w2.close()
print(w2.gi_frame is None, w2.gi_running)
