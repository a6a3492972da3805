# CPython's asyncio submodules imported by name resolve to the same objects.
import asyncio.tasks, asyncio.events
from asyncio.exceptions import CancelledError
from asyncio import queues
print(asyncio.tasks.Task is asyncio.Task, asyncio.events.AbstractEventLoop is asyncio.AbstractEventLoop)
print(CancelledError is asyncio.CancelledError, queues.Queue is asyncio.Queue)
