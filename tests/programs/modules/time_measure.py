import time
start = time.perf_counter()
total = sum(range(100000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 5)
cpu0 = time.process_time()
x = [i * i for i in range(200000)]
print(time.process_time() >= cpu0, time.thread_time() >= 0)
t0 = time.monotonic_ns(); time.sleep(0.001); print(time.monotonic_ns() - t0 >= 1_000_000)
print(type(time.perf_counter_ns()), type(time.process_time_ns()), type(time.time_ns()))
