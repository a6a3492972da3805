//! Docstrings of the built-in types, in our own words. Each type's
//! `__doc__` lives in its namespace, as for classes written in Python.

use crate::object::ObjRef;
use crate::vm::Vm;

/// (type name, docstring). Every static type should appear here; a type
/// missing from the table gets a generic sentence naming it.
pub const TYPE_DOCS: &[(&str, &str)] = &[
    (
        "object",
        "The root of every class: identity, default equality and hashing, and the attribute protocol.",
    ),
    (
        "type",
        "type(obj) -> the class of obj\ntype(name, bases, namespace) -> a new class\n\nThe class of classes.",
    ),
    (
        "int",
        "int(x=0) -> integer\nint(text, base=10) -> integer\n\nAn integer of unlimited size, from a number (truncated toward zero) or from text in the given base.",
    ),
    (
        "bool",
        "bool(x=False) -> True or False\n\nThe truth value of x; bool is the int subclass with exactly two instances.",
    ),
    (
        "float",
        "float(x=0.0) -> floating-point number\n\nA double-precision floating-point number, from a number or from text such as '1.5', 'inf' or 'nan'.",
    ),
    (
        "complex",
        "complex(real=0, imag=0) -> complex number\n\nA complex number of two floats, from numbers or from text such as '1+2j'.",
    ),
    (
        "str",
        "str(object='') -> text\nstr(bytes, encoding, errors='strict') -> text\n\nAn immutable sequence of Unicode code points; str(obj) is obj's informal representation.",
    ),
    (
        "bytes",
        "bytes(source=b'') -> immutable bytes\n\nAn immutable sequence of integers in range(256), from an iterable of ints, a size, a buffer, or text with an encoding.",
    ),
    (
        "bytearray",
        "bytearray(source=b'') -> mutable bytes\n\nA mutable sequence of integers in range(256), built as bytes() is.",
    ),
    (
        "memoryview",
        "memoryview(object) -> a view of a bytes-like object's memory, without copying it.",
    ),
    (
        "tuple",
        "tuple(iterable=()) -> immutable sequence\n\nAn immutable sequence holding the items of the iterable, in order.",
    ),
    (
        "list",
        "list(iterable=()) -> mutable sequence\n\nA mutable sequence holding the items of the iterable, in order.",
    ),
    (
        "dict",
        "dict() -> empty mapping\ndict(mapping or iterable of pairs, **kwargs) -> mapping\n\nA mutable mapping from hashable keys to values that remembers insertion order.",
    ),
    (
        "set",
        "set(iterable=()) -> mutable set\n\nAn unordered collection of distinct hashable objects.",
    ),
    (
        "frozenset",
        "frozenset(iterable=()) -> immutable set\n\nAn unordered, hashable collection of distinct hashable objects.",
    ),
    (
        "deque",
        "A list-like sequence optimized for data accesses near its endpoints.",
    ),
    (
        "range",
        "range(stop) -> range object\nrange(start, stop, step=1) -> range object\n\nAn immutable sequence of integers from start (inclusive) to stop (exclusive) by step.",
    ),
    (
        "slice",
        "slice(stop)\nslice(start, stop, step=None)\n\nThe start, stop and step of an extended index such as a[1:10:2].",
    ),
    (
        "NoneType",
        "The type of None, the object that stands for no value.",
    ),
    (
        "NotImplementedType",
        "The type of NotImplemented, which binary methods return to let the other operand try.",
    ),
    (
        "ellipsis",
        "The type of Ellipsis, the object written as ...",
    ),
    (
        "function",
        "A function defined in Python with def or lambda: code plus globals, defaults and closure.",
    ),
    (
        "method",
        "A function bound to an object: calling it passes the object as the first argument.",
    ),
    (
        "builtin_function_or_method",
        "A function or method implemented natively in the interpreter.",
    ),
    (
        "method_descriptor",
        "A native method of a built-in type, not yet bound to an instance.",
    ),
    (
        "classmethod_descriptor",
        "A native class method of a built-in type, not yet bound to a class.",
    ),
    (
        "wrapper_descriptor",
        "A special method (slot) of a built-in type, such as int.__add__, not yet bound.",
    ),
    (
        "method-wrapper",
        "A special method (slot) of a built-in type, bound to one object.",
    ),
    (
        "getset_descriptor",
        "A computed attribute of a built-in type's instances.",
    ),
    (
        "member_descriptor",
        "A stored attribute of a built-in type's instances.",
    ),
    (
        "module",
        "module(name, doc=None) -> a new module: a namespace of names loaded from one source.",
    ),
    (
        "cell",
        "A variable shared by a function and the functions nested in it.",
    ),
    (
        "code",
        "Compiled bytecode of a function, class body or module, with its names and constants.",
    ),
    (
        "frame",
        "One running (or suspended) execution of a code object, with its locals.",
    ),
    (
        "traceback",
        "One entry of an exception's traceback: the frame, line and next entry.",
    ),
    (
        "generator",
        "The iterator a generator function returns: it runs the body up to each yield.",
    ),
    (
        "coroutine",
        "The awaitable an async def function returns: it runs the body up to each suspension.",
    ),
    (
        "async_generator",
        "The asynchronous iterator an async def function with yield returns.",
    ),
    (
        "async_generator_asend",
        "The awaitable returned by an async generator's __anext__() and asend().",
    ),
    (
        "async_generator_athrow",
        "The awaitable returned by an async generator's athrow() and aclose().",
    ),
    (
        "coroutine_wrapper",
        "The iterator a coroutine's __await__() returns.",
    ),
    (
        "ReferenceType",
        "ref(object, callback=None) -> a weak reference to object, which does not keep it alive.",
    ),
    (
        "property",
        "property(fget=None, fset=None, fdel=None, doc=None) -> a managed attribute\n\nRoutes reading, assigning and deleting an attribute to the given functions.",
    ),
    (
        "classmethod",
        "classmethod(function) -> a method that receives the class as its first argument.",
    ),
    (
        "staticmethod",
        "staticmethod(function) -> a function stored in a class that receives no implicit first argument.",
    ),
    (
        "super",
        "super() -> proxy for the next class in the MRO (inside a method)\nsuper(type, obj_or_type) -> the same, explicitly\n\nLooks attributes up past the given class.",
    ),
    (
        "TextIOWrapper",
        "A text stream over a file or a standard stream.",
    ),
    (
        "enumerate",
        "enumerate(iterable, start=0) -> iterator of (index, item) pairs, counting from start.",
    ),
    (
        "zip",
        "zip(*iterables, strict=False) -> iterator of tuples taking one item from each iterable.\n\nStops at the shortest input; with strict=True, unequal lengths raise ValueError.",
    ),
    (
        "map",
        "map(function, *iterables) -> iterator of function applied to the items of the iterables in parallel.",
    ),
    (
        "filter",
        "filter(function or None, iterable) -> iterator of the items for which function(item) is true.",
    ),
    (
        "reversed",
        "reversed(sequence) -> iterator over the sequence's items from last to first.",
    ),
    ("dict_keys", "A dynamic, set-like view of a dict's keys."),
    ("dict_values", "A dynamic view of a dict's values."),
    (
        "dict_items",
        "A dynamic, set-like view of a dict's (key, value) pairs.",
    ),
    (
        "BaseException",
        "The root of all exceptions; args holds the arguments it was created with.",
    ),
    (
        "BaseExceptionGroup",
        "BaseExceptionGroup(message, exceptions) -> several exceptions raised together.",
    ),
    (
        "ExceptionGroup",
        "ExceptionGroup(message, exceptions) -> several Exception instances raised together.",
    ),
    (
        "GeneratorExit",
        "Raised inside a generator or coroutine to ask it to close.",
    ),
    (
        "KeyboardInterrupt",
        "Raised when the user interrupts the program (Ctrl-C).",
    ),
    (
        "SystemExit",
        "Raised by sys.exit() to end the program; code is the exit status.",
    ),
    (
        "Exception",
        "The root of the exceptions a program is expected to handle.",
    ),
    (
        "ArithmeticError",
        "The root of errors in numeric computation.",
    ),
    ("FloatingPointError", "A floating-point operation failed."),
    (
        "OverflowError",
        "A numeric result is too large to represent.",
    ),
    ("ZeroDivisionError", "Division or modulo by zero."),
    (
        "AssertionError",
        "An assert statement's condition was false.",
    ),
    (
        "AttributeError",
        "An attribute was missing or could not be assigned; name and obj say which.",
    ),
    ("BufferError", "A buffer operation could not be performed."),
    ("EOFError", "Input ended before any data could be read."),
    (
        "ImportError",
        "A module or a name in it could not be imported.",
    ),
    (
        "ModuleNotFoundError",
        "No module of the requested name could be found.",
    ),
    (
        "LookupError",
        "The root of errors for keys and indices that are not there.",
    ),
    ("IndexError", "A sequence index is out of range."),
    ("KeyError", "A mapping has no such key."),
    ("MemoryError", "The interpreter ran out of memory."),
    ("NameError", "A name is not defined in any enclosing scope."),
    (
        "UnboundLocalError",
        "A local variable was read before it was assigned.",
    ),
    (
        "OSError",
        "An operating-system call failed; errno, strerror and filename say how.",
    ),
    (
        "BlockingIOError",
        "An operation would block on an object set to non-blocking.",
    ),
    (
        "ChildProcessError",
        "An operation on a child process failed.",
    ),
    ("ConnectionError", "The root of errors about connections."),
    (
        "BrokenPipeError",
        "Wrote to a pipe or socket whose other end is closed.",
    ),
    ("ConnectionAbortedError", "The peer aborted the connection."),
    ("ConnectionRefusedError", "The peer refused the connection."),
    ("ConnectionResetError", "The peer reset the connection."),
    (
        "FileExistsError",
        "Tried to create a file or directory that already exists.",
    ),
    ("FileNotFoundError", "A file or directory does not exist."),
    (
        "InterruptedError",
        "A system call was interrupted by a signal.",
    ),
    (
        "IsADirectoryError",
        "A file operation was applied to a directory.",
    ),
    (
        "NotADirectoryError",
        "A directory operation was applied to something that is not a directory.",
    ),
    ("PermissionError", "The operation is not permitted."),
    ("ProcessLookupError", "No such process."),
    ("TimeoutError", "An operation ran out of time."),
    (
        "ReferenceError",
        "A weak reference was used after its object was collected.",
    ),
    ("RuntimeError", "An error that fits no other category."),
    (
        "NotImplementedError",
        "A method or feature that has not been implemented.",
    ),
    (
        "RecursionError",
        "The maximum recursion depth was exceeded.",
    ),
    (
        "PythonFinalizationError",
        "An operation is impossible while the interpreter shuts down.",
    ),
    (
        "StopAsyncIteration",
        "Raised by an asynchronous iterator's __anext__ when it has no more items.",
    ),
    (
        "StopIteration",
        "Raised by an iterator's __next__ when it has no more items; value carries a generator's return value.",
    ),
    (
        "SyntaxError",
        "The source code is not valid Python; filename, lineno and offset say where.",
    ),
    ("IndentationError", "The source code is indented wrongly."),
    (
        "TabError",
        "The source code mixes tabs and spaces inconsistently.",
    ),
    ("SystemError", "An internal error of the interpreter."),
    (
        "TypeError",
        "An operation or function received an object of the wrong type.",
    ),
    (
        "ValueError",
        "An argument has the right type but an unacceptable value.",
    ),
    (
        "UnicodeError",
        "The root of errors in encoding and decoding text.",
    ),
    (
        "UnicodeDecodeError",
        "Bytes could not be decoded into text.",
    ),
    (
        "UnicodeEncodeError",
        "Text could not be encoded into bytes.",
    ),
    ("UnicodeTranslateError", "Text could not be translated."),
    ("Warning", "The root of warning categories."),
    (
        "BytesWarning",
        "A warning about suspicious use of bytes and bytearray.",
    ),
    (
        "DeprecationWarning",
        "A warning about a feature that will be removed.",
    ),
    (
        "EncodingWarning",
        "A warning about an implicit text encoding.",
    ),
    (
        "FutureWarning",
        "A warning about behaviour that will change.",
    ),
    (
        "ImportWarning",
        "A warning about a probable mistake in an import.",
    ),
    (
        "PendingDeprecationWarning",
        "A warning about a feature that will be deprecated.",
    ),
    (
        "ResourceWarning",
        "A warning about a resource that was not released.",
    ),
    (
        "RuntimeWarning",
        "A warning about dubious behaviour at run time.",
    ),
    ("SyntaxWarning", "A warning about dubious syntax."),
    ("UnicodeWarning", "A warning about Unicode."),
    ("UserWarning", "The default category of warnings.warn()."),
];

/// Look up a built-in type's docstring.
pub fn type_doc(name: &str) -> Option<&'static str> {
    TYPE_DOCS.iter().find(|(n, _)| *n == name).map(|(_, d)| *d)
}

/// Give every built-in type its `__doc__` (written in on first use).
pub fn install(vm: &mut Vm, types: &[ObjRef]) {
    for cls in types {
        crate::types::typeobj::defer_attr(vm, cls, crate::types::deferred::Pending::Doc);
    }
}
