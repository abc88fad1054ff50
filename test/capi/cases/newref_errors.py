import capi

for ob in (5, "text", None, (1, 2)):
    try:
        capi.PyWeakref_NewRef(ob, None)
    except TypeError as e:
        print("TypeError:", e)
try:
    capi.PyWeakref_NewProxy(3.5)
except TypeError as e:
    print("TypeError:", e)
