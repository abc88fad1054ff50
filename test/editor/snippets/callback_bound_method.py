import weakref


class Session:
    def closed(self, ref):
        print("closed")


session = Session()
ref = weakref.ref(session, session.closed)
del session
print("still alive:", ref() is not None)
