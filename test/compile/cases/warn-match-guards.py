match x:
    case 1 if (1)(2):
        pass
    case {"k": v} if v is 3:
        pass
    case _ if (4)(5):
        pass
