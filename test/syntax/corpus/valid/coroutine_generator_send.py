def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count


def delegator(results):
    while True:
        n = yield from running_average()
        results.append(n)


def grep(pattern):
    print(f"looking for {pattern!r}")
    try:
        while True:
            line = (yield)
            if pattern in line:
                print("found:", line)
    except GeneratorExit:
        print("grep closed")


avg = running_average()
next(avg)
for v in (10, 20, 60):
    print(avg.send(v))

results = []
d = delegator(results)
next(d)
for v in (1, 2, 3, None, 5, None):
    d.send(v)
print(results)

g = grep("py")
g.__next__()
g.send("python is fun")
g.send("rust too")
g.close()
