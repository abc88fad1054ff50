# A value class with __eq__ and __hash__ used as dict keys and set members; unhashable without __hash__.
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        return isinstance(other, Card) and (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return f"{self.rank}{self.suit}"

hand = [Card("A", "s"), Card("K", "h"), Card("A", "s")]
print(len(set(hand)), hand[0] == hand[2], hand[0] is hand[2])
counts = {}
for c in hand:
    counts[c] = counts.get(c, 0) + 1
print(counts)

class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
