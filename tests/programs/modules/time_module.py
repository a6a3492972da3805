import time
t0 = time.monotonic(); p0 = time.perf_counter(); n0 = time.monotonic_ns(); w0 = time.time()
time.sleep(0.02)
print(time.monotonic() - t0 >= 0.015, time.perf_counter() - p0 >= 0.015, time.monotonic_ns() - n0 >= 15_000_000)
print(isinstance(time.time(), float), time.time() > 1.6e9, isinstance(time.time_ns(), int), abs(time.time() - w0) < 5)
print(isinstance(time.perf_counter_ns(), int), isinstance(time.process_time(), float), isinstance(time.thread_time(), float) if hasattr(time, 'thread_time') else True)
st = time.gmtime(0)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday, tuple(st)[:6])
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(86400 * 365)), time.strftime('%a %b %d %j', time.gmtime(1e9)))
print(time.asctime(time.gmtime(0)), time.mktime(time.localtime(1000)) == 1000.0)
print(time.gmtime(1700000000))
for bad in [lambda: time.sleep(-1), lambda: time.sleep('x'), lambda: time.gmtime('x'), lambda: time.strftime(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.get_clock_info('monotonic').monotonic)
