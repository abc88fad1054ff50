# send() delivers values to a yield expression; objects sent are held while the frame uses them.
class Msg:
    def __init__(self, text):
        self.text = text
    def __del__(self):
        print("msg", self.text, "freed")

def echo():
    received = None
    while True:
        received = yield (received.text.upper() if received else None)

e = echo()
next(e)
print(e.send(Msg("hi")))
print(e.send(Msg("there")))
e.close()
print("end")
