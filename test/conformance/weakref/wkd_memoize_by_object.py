# Memoizing a computation per object with a WeakKeyDictionary so results go away with their objects.
import weakref

class Doc:
    def __init__(self, text):
        self.text = text

_word_counts = weakref.WeakKeyDictionary()
computed = 0

def word_count(doc):
    global computed
    if doc not in _word_counts:
        computed += 1
        _word_counts[doc] = len(doc.text.split())
    return _word_counts[doc]

d1 = Doc("one two three")
d2 = Doc("alpha beta")
print(word_count(d1), word_count(d1), word_count(d2), "computed:", computed)
del d1
print("cached entries:", len(_word_counts))
