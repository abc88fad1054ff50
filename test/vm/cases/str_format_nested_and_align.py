# Nested replacement fields in specs and alignment of mixed content.
for align in "<^>":
    for width in (6, 9):
        print("[{:{a}{w}}]".format("ab", a=align, w=width), f"[{'cd':{align}{width}}]", "[{0:{fill}{1}{2}}]".format("ef", align, width, fill="*"))
table = {"alpha": 1.5, "beta": 22.25, "gamma": 333.125}
w = max(map(len, table))
for k, v in table.items():
    print(f"{k:>{w}} : {v:{w}.{2}f}")
