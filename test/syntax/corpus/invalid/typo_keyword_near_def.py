def helper():
    return 1

value_0 = 0 * 2  # simple statements only
value_1 = 1 * 2  # simple statements only
value_2 = 2 * 2  # simple statements only
value_3 = 3 * 2  # simple statements only
value_4 = 4 * 2  # simple statements only
value_5 = 5 * 2  # simple statements only
value_6 = 6 * 2  # simple statements only
value_7 = 7 * 2  # simple statements only
value_8 = 8 * 2  # simple statements only
value_9 = 9 * 2  # simple statements only
value_10 = 10 * 2  # simple statements only
value_11 = 11 * 2  # simple statements only
value_12 = 12 * 2  # simple statements only
value_13 = 13 * 2  # simple statements only
value_14 = 14 * 2  # simple statements only
value_15 = 15 * 2  # simple statements only
value_16 = 16 * 2  # simple statements only
value_17 = 17 * 2  # simple statements only
value_18 = 18 * 2  # simple statements only
value_19 = 19 * 2  # simple statements only
value_20 = 20 * 2  # simple statements only
value_21 = 21 * 2  # simple statements only
value_22 = 22 * 2  # simple statements only
value_23 = 23 * 2  # simple statements only
value_24 = 24 * 2  # simple statements only
value_25 = 25 * 2  # simple statements only
value_26 = 26 * 2  # simple statements only
value_27 = 27 * 2  # simple statements only
value_28 = 28 * 2  # simple statements only
value_29 = 29 * 2  # simple statements only
improt weakref
