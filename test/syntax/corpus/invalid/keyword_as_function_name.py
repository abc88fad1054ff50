def if(condition, then, otherwise):
    return then if condition else otherwise
