# str.join over lists, tuples, generators and its type errors.
print("-".join(["a", "b", "c"]))
print("".join(("x", "y")))
print(", ".join(str(n) for n in range(4)))
print("+".join({"k1": 1, "k2": 2}))
print("|".join([]))
print(" ".join(map(str.upper, ["ab", "cd"])))
for bad in ([1, 2], ["a", None], 5):
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError:", e)
single = "only"
print(",".join([single]) is single)
