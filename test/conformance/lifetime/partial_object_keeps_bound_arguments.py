# functools.partial stores its bound arguments; they live until the partial is dropped.
import functools

class Conn:
    def __del__(self):
        print("connection freed")

def send(conn, msg):
    return f"sent {msg} via {type(conn).__name__}"

sender = functools.partial(send, Conn())
print(sender("hi"))
print(sender("bye"))
print("dropping partial")
del sender
print("end")
