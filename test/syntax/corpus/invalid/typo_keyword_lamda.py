import weakref

callbacks = []
callbacks.append(lamda ref: print("collected", ref))
