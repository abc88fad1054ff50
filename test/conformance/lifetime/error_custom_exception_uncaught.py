# An uncaught user-defined exception shows its qualified class name in the traceback.
class Bank:
    class InsufficientFunds(Exception):
        pass

    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise Bank.InsufficientFunds(f"balance {self.balance}, wanted {amount}")
        self.balance -= amount
        return self.balance

acct = Bank(50)
print(acct.withdraw(20))
print(acct.withdraw(40))
