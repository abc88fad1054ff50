import threading

lock = threading.Lock()
shared = []

with lock
    shared.append(1)
