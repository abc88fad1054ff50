def fizzbuzz(n):
    for i in range(1, n + 1):
        out = "Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0)
        yield out or str(i)


def fizzbuzz_match(i):
    match i % 3, i % 5:
        case 0, 0: return "FizzBuzz"
        case 0, _: return "Fizz"
        case _, 0: return "Buzz"
        case _: return str(i)


assert list(fizzbuzz(15)) == [fizzbuzz_match(i) for i in range(1, 16)]
print(*fizzbuzz(15), sep=" ")
