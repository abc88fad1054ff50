import socket
import sys


class Connection:
    open_count = 0

    def __init__(self, host: str, port: int = 80, *, timeout: float = 3.0):
        self.host, self.port = host, port
        self.timeout = timeout
        self.sock = None
        Connection.open_count += 1

    def connect(self):
        self.sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        return self

    def __del__(self):
        # __del__ may run during interpreter shutdown: globals can be gone
        try:
            if self.sock is not None:
                self.sock.close()
        finally:
            Connection.open_count -= 1
            if sys is not None and sys.flags.dev_mode:
                print(f"closed {self.host}:{self.port}", file=sys.stderr)


def probe(hosts):
    alive = []
    for h in hosts:
        c = Connection(h, timeout=0.5)
        try:
            c.connect()
        except OSError as err:
            print(f"{h}: {err.__class__.__name__}")
            continue
        else:
            alive.append(h)
        finally:
            del c
    return alive


if __name__ == "__main__":
    print(probe(sys.argv[1:] or ["localhost"]), Connection.open_count)
