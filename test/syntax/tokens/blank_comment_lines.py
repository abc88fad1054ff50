x = 1

    # indented comment
# comment

if x:

    # c
    y = 2
        # deeper comment

    z = 3
# end
