def process(batch):
    try:
        batch.run()
    except* ValueError:
        print("bad values")
    except TypeError:
        print("bad types")
