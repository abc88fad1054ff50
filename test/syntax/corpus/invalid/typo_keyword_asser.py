def check(x):
    asser x > 0, "positive"
