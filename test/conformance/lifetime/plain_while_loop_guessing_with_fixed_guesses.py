# A number-guessing loop fed by a fixed list of guesses, using while/break/else.
secret = 37
guesses = iter([50, 25, 37, 40])
tries = 0
while True:
    g = next(guesses)
    tries += 1
    if g < secret:
        print(g, "too low")
    elif g > secret:
        print(g, "too high")
    else:
        print(g, "correct after", tries, "tries")
        break
for n in [4, 6, 9]:
    if n % 2:
        print("first odd", n)
        break
else:
    print("no odd numbers")
