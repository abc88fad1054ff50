# A bank account class with deposits, withdrawals, a history list and error handling.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

acct = Account("Mia", 100)
for op, amt in [("deposit", 50), ("withdraw", 30), ("withdraw", 500), ("deposit", -5)]:
    try:
        getattr(acct, op)(amt)
        print(f"{op:8} {amt:4} -> {acct.balance}")
    except ValueError as e:
        print(f"{op:8} {amt:4} failed: {e}")
print(acct.history)
