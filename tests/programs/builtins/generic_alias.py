print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int] == list[int], list[int](range(3)), list[int].__origin__, dict[str, int].__args__)
class MyList(list[int]):
    pass
print(MyList.__mro__)
