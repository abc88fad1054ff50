asyncc def fetch():
    await other()
