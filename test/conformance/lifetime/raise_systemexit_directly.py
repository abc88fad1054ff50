# raise SystemExit(4) behaves like sys.exit(4), and globals are still finalized afterwards.
class Res:
    def __del__(self):
        print("Res finalized after SystemExit")

r = Res()
print("raising SystemExit(4)")
raise SystemExit(4)
