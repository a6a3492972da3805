# The report of an uncaught chained exception ends with the last one.
class ConfigError(Exception):
    pass
def load():
    try:
        {}["port"]
    except KeyError as e:
        raise ConfigError("missing key 'port'") from e
load()
