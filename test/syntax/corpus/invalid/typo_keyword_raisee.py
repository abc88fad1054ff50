def fail():
    raisee ValueError("bad")
