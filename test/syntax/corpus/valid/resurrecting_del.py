graveyard = []


class Phoenix:
    lives = 3

    def __init__(self, name):
        self.name = name

    def __del__(self):
        # PEP 442: __del__ runs at most once per object, even if it resurrects it
        if Phoenix.lives > 0:
            Phoenix.lives -= 1
            graveyard.append(self)
            print(f"{self.name} rises again ({Phoenix.lives} lives left)")


p = Phoenix("fawkes")
del p
print(len(graveyard))
p = graveyard.pop()
del p
print(len(graveyard), Phoenix.lives)
