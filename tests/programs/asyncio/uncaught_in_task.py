# An exception escaping the main coroutine ends asyncio.run with a traceback.
import asyncio
class ConfigError(Exception):
    pass
async def load():
    await asyncio.sleep(0)
    raise ConfigError("missing key 'b'")
async def main():
    print("start")
    await load()
asyncio.run(main())
