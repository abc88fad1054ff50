# A small library system with books, members and checkouts, using classes and dicts.
class Book:
    def __init__(self, isbn, title):
        self.isbn, self.title, self.out_to = isbn, title, None

class Library:
    def __init__(self):
        self.books = {}
        self.loans = {}

    def add(self, isbn, title):
        self.books[isbn] = Book(isbn, title)

    def checkout(self, isbn, member):
        book = self.books.get(isbn)
        if book is None:
            return f"unknown isbn {isbn}"
        if book.out_to:
            return f"{book.title!r} is out to {book.out_to}"
        book.out_to = member
        self.loans.setdefault(member, []).append(isbn)
        return f"{member} borrowed {book.title!r}"

    def give_back(self, isbn):
        book = self.books[isbn]
        self.loans[book.out_to].remove(isbn)
        who, book.out_to = book.out_to, None
        return f"{who} returned {book.title!r}"

lib = Library()
lib.add(1, "Dune")
lib.add(2, "Emma")
print(lib.checkout(1, "kim"))
print(lib.checkout(1, "lee"))
print(lib.checkout(3, "lee"))
print(lib.checkout(2, "kim"))
print(lib.give_back(1))
print(lib.loans)
