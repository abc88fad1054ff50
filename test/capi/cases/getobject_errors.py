# oracle: 3.12 3.13 3.14
import capi

class C:
    pass

for ob in (5, None, C()):
    try:
        capi.PyWeakref_GetObject(ob)
    except SystemError as e:
        print("GetObject SystemError:", e)
    try:
        capi.PyWeakref_GET_OBJECT(ob)
    except SystemError as e:
        print("GET_OBJECT SystemError:", e)
