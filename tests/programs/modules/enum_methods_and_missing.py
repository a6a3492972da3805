from enum import Enum
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
    def describe(self):
        return f'{self.name.lower()} status'
    @property
    def is_on(self):
        return self is Status.ACTIVE
print(Status('ACTIVE'), Status('inactive').describe(), Status.ACTIVE.is_on)
try:
    Status('paused')
except ValueError as e:
    print('ValueError', e)
print(Status.ACTIVE == 'active', Status.ACTIVE is Status['ACTIVE'], hash(Status.ACTIVE) == hash(Status.ACTIVE))
print({s: s.value for s in Status}, sorted(Status, key=lambda s: s.value, reverse=True))
match Status.INACTIVE:
    case Status.ACTIVE:
        print('on')
    case Status.INACTIVE:
        print('off')
print(type(Status.ACTIVE), isinstance(Status.ACTIVE, Status), Status.__members__['ACTIVE'])
