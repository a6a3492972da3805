import time
for bad in ['time.sleep(float("nan"))', 'time.sleep(1, 2)', 'time.gmtime(float("nan"))', 'time.strftime("%Y", (1, 2, 3))',
            'time.asctime("x")', 'time.mktime(5)', 'time.localtime("a")']:
    try:
        eval(bad)
        print(bad, 'ok')
    except (TypeError, ValueError, OverflowError) as e:
        print(bad, type(e).__name__, e)
