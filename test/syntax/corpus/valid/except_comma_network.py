import errno
import socket
import ssl
import time


def fetch_banner(host: str, port: int, *, timeout: float = 2.0, tls: bool = False) -> str:
    start = time.monotonic()
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            sock = ssl.create_default_context().wrap_socket(raw, server_hostname=host) if tls else raw
            return sock.recv(256).decode(errors="replace").strip()
    except socket.timeout, TimeoutError:
        return f"timeout after {time.monotonic() - start:.1f}s"
    except ConnectionRefusedError, ConnectionResetError:
        return "refused"
    except ssl.SSLCertVerificationError, ssl.SSLError:
        return "tls error"
    except OSError as e:
        if e.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return "unreachable"
        raise


if __name__ == "__main__":
    print(fetch_banner("127.0.0.1", 9))
