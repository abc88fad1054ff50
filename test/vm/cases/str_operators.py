# Concatenation, repetition, comparison and their errors.
print("ab" + "cd", "ab" * 3, 3 * "x", "x" * 0, "x" * -2, repr("" * 5))
print("apple" < "banana", "Z" < "a", "abc" < "abd", "ab" < "abc", "é" > "z", "😀" > "\uffff")
print(sorted(["b", "A", "a", "B", "aa"]))
print(max("hello"), min("hello"))
for bad in (lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5, lambda: "a" < 1, lambda: "a" - "b"):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
