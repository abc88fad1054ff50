# oracle: 3.12 3.13 3.14 3.15
import capi

names = ["PyWeakref_Check", "PyWeakref_CheckRef", "PyWeakref_CheckProxy", "PyWeakref_NewRef",
         "PyWeakref_NewProxy", "PyWeakref_GetRef", "PyWeakref_GetObject", "PyWeakref_GET_OBJECT",
         "PyWeakref_IsDead", "PyObject_ClearWeakRefs", "PyUnstable_Object_ClearWeakRefsNoCallbacks",
         "Py_INCREF", "Py_DECREF", "Py_REFCNT"]
for name in names:
    print(name, hasattr(capi, name))
for name in names:
    try:
        getattr(capi, name)
    except AttributeError as e:
        print(e)
try:
    capi.PyWeakref_Nothing
except AttributeError as e:
    print(e)
