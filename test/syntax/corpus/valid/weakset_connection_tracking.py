import weakref


class Server:
    def __init__(self, name: str) -> None:
        self.name = name
        self.connections: weakref.WeakSet[Connection] = weakref.WeakSet()

    def accept(self, peer: str) -> "Connection":
        conn = Connection(self, peer)
        self.connections.add(conn)
        return conn

    def broadcast(self, msg: str) -> list[str]:
        return [c.send(msg) for c in sorted(self.connections, key=lambda c: c.peer)]


class Connection:
    def __init__(self, server: Server, peer: str) -> None:
        self.server = weakref.proxy(server)
        self.peer = peer

    def send(self, msg: str) -> str:
        return f"{self.server.name} -> {self.peer}: {msg}"


srv = Server("hub")
clients = {p: srv.accept(p) for p in ("ana", "bo", "cy")}
print(srv.broadcast("hello"))
clients.pop("bo")
print(srv.broadcast("bo left"), len(srv.connections))
clients.clear()
print(len(srv.connections))
