import io

CSV = io.StringIO("""id,type,size,alive
1,Node,64,1
2,Leaf,32,0
3,Node,64,1
4,dict,232,1
5,Leaf,32,1
6,list,88,0
""")

header = next(CSV).strip().split(",")
rows = (dict(zip(header, line.strip().split(","))) for line in CSV)
typed = ({**r, "size": int(r["size"]), "alive": r["alive"] == "1"} for r in rows)
alive = (r for r in typed if r["alive"])
by_type = {}
for r in alive:
    by_type.setdefault(r["type"], []).append(r["size"])
print({t: (len(s), sum(s)) for t, s in sorted(by_type.items())})
print(sum(x * x for x in range(10)), max((len(w), w) for w in "weak strong cyclic".split()))
nested = ((i, j) for i in range(3) for j in range(i) if (i + j) % 2)
print(list(nested), any(c.isupper() for c in "weakScope"), tuple(str(n) for n in range(3)))
