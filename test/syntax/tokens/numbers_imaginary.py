1j 1.5J .5j 1e3j 0j 00j 09j 1_0j
