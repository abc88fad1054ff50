import weakref

refs = []
    refs.append(weakref.ref(refs))
print(refs)
