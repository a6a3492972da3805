# __notes__ that are not a list: a tuple is listed, anything else shown as its repr, None not at all.
import traceback
for notes in ["a str", ("t1", "t2"), ["l1", 5], 42, None]:
    e = ValueError("x")
    e.__notes__ = notes
    print(traceback.format_exception_only(e))
e = ValueError("x"); e.__notes__ = "not a list"; raise e
