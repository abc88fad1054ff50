import io

with io.StringIO("data") as buffer.read():
    pass
