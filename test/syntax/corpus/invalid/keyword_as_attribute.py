class Email:
    pass


msg = Email()
msg.from = "ana@example.org"
