import os; import sys; x = 1; y = 2
a = 1; b = 2; c = a + b;
if c > 2: print("big"); print("really")
else: print("small")
for i in range(3): print(i, end=" "); print("|", end="")
print()
while x < 10: x *= 2
def f(n): return n + 1
class Empty: pass
class Pt: x = 0; y = 0
try: import missing_module_xyz
except ImportError: missing_module_xyz = None
with open(os.devnull, "w") as null: null.write("discarded"); null.flush()
lst = []; lst.append(1); lst.append(2); del lst[0];
if (n := len(lst)) == 1: pass
print(x, y, c, f(1), Pt.x, lst, n, sys.version_info >= (3, 14))
