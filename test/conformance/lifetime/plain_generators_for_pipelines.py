# Generator functions chained into a pipeline of filtering and transforming stages.
def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def squared(src):
    for x in src:
        yield x * x

pipeline = squared(evens(numbers(12)))
print(list(pipeline))
print(sum(squared(range(4))), max(evens(numbers(9))))
gen = (c.upper() for c in "abc")
print(next(gen), list(gen), list(gen))
