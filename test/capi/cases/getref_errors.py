# oracle: 3.13 3.14 3.15
import capi

class C:
    pass

for ob in (5, None, C(), "ref", capi):
    try:
        capi.PyWeakref_GetRef(ob)
    except TypeError as e:
        print(type(ob).__name__, "TypeError:", e)
