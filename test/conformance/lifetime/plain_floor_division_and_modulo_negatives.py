# Floor division and modulo with negative operands follow floor semantics; divmod agrees.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (-1, 5), (10, -3)]
for a, b in pairs:
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod = {divmod(a, b)}")
print(-7.5 // 2, -7.5 % 2, 7.5 % -2)
print(int(-7 / 2), -7 // 2, round(-3.5), round(2.5), round(3.5))
print(-(10 ** 20) // 7, -(10 ** 20) % 7)
