# Augmented assignment on numbers, strings, lists, tuples and sets.
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7; n <<= 2; n >>= 1; n |= 8; n &= 12; n ^= 5
print(n)
f = 1.5
f += 1; f /= 2; f **= 2
print(f)
s = "ab"
s += "cd"; s *= 2
print(s)
l = [1]
alias = l
l += [2]; l *= 2
print(l, alias is l)
t = (1,)
tt = t
t += (2,)
print(t, tt, t is tt)
st = {1, 2}
st |= {3}; st -= {1}
print(st)
try:
    n += "x"
except TypeError as e:
    print("TypeError", e)
