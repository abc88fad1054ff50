def connect(host="localhost", port, timeout=5.0):
    return host, port, timeout
