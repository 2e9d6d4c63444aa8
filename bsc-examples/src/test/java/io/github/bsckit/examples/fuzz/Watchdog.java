package io.github.bsckit.examples.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs each fuzz case on a worker thread and stops waiting when the case has used more than its CPU budget (a
 * loop) or far more than that in wall-clock time (a thread blocked for ever). A hang detector, not a benchmark:
 * the budget is CPU time so that a machine busy with other builds does not fail a case that merely waited its
 * turn. A worker that overran is abandoned (it is a daemon) and a fresh one takes the next case.
 */
final class Watchdog implements AutoCloseable {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Duration cpuBudget;
  private final Duration wallLimit;
  private final AtomicReference<Thread> worker = new AtomicReference<>();
  private ExecutorService executor;

  /**
   * @param cpuBudget the CPU time a case may use
   * @param wallLimit the wall-clock time after which a case counts as hung even without using CPU
   */
  Watchdog(Duration cpuBudget, Duration wallLimit) {
    this.cpuBudget = cpuBudget;
    this.wallLimit = wallLimit;
    this.executor = newExecutor();
  }

  private ExecutorService newExecutor() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz-case");
      t.setDaemon(true);
      worker.set(t);
      return t;
    });
  }

  /** The result of a case that overran its budget. */
  static final class Overrun extends Exception {
    private static final long serialVersionUID = 1L;

    Overrun(String message) {
      super(message);
    }
  }

  /**
   * Runs a case within the budget.
   *
   * @param task the case
   * @param <T> what the case returns
   * @return what it returned
   * @throws Overrun when it used more CPU than the budget, or ran past the wall-clock limit
   * @throws ExecutionException with what the case threw
   */
  <T> T run(Callable<T> task) throws Overrun, ExecutionException {
    AtomicLong cpuAtStart = new AtomicLong(-1);
    Future<T> future = executor.submit(() -> {
      cpuAtStart.set(THREADS.getCurrentThreadCpuTime());
      return task.call();
    });
    long started = System.nanoTime();
    while (true) {
      try {
        return future.get(20, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        Thread t = worker.get();
        long start = cpuAtStart.get();
        long cpu = t == null || start < 0 ? 0 : THREADS.getThreadCpuTime(t.getId()) - start;
        long wall = System.nanoTime() - started;
        if (cpu > cpuBudget.toNanos() || wall > wallLimit.toNanos()) {
          future.cancel(true);
          executor.shutdownNow();
          executor = newExecutor();
          throw new Overrun(String.format("still running after %d ms wall-clock, %d ms CPU (budget %d ms CPU)",
              wall / 1_000_000, cpu / 1_000_000, cpuBudget.toMillis()));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
