# Case mappings: upper/lower/title/capitalize/swapcase/casefold, including non-ASCII.
words = ["hello world", "HELLO", "they're bill's friends", "ßtraße", "ǆungla", "mIxEd CaSe", "123abc", "ÉCOLE"]
for w in words:
    print(w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase(), "|", w.casefold())
print("ΣΑΣ".lower())
print("ﬁnd".upper(), "ﬁnd".title())
