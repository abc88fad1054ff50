def connect(host="localhost", port=80):
    return host, port


connect("example.org", 8080="port")
