package dev.tcpivot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A timer and a clock in one, both virtual: time moves only when a test calls {@link #advance},
 * which runs each task that falls due on the calling thread, at its own time, in time order (tasks
 * due together in the order they were scheduled). A task that throws fails the test.
 */
public final class DeterministicScheduler extends AbstractExecutorService implements ScheduledExecutorService, Waits {
  private final PriorityQueue<Task<?>> tasks = new PriorityQueue<>();
  private long now;
  private long sequence;
  private int scheduled;

  /** The clock, in nanoseconds, as the budget reads it. */
  public LongSupplier nanoTime() {
    return this::now;
  }

  public synchronized long now() {
    return now;
  }

  /** Moves time forward by {@code by}, running the tasks that fall due meanwhile. */
  public void advance(Duration by) {
    long target;
    synchronized (this) {
      target = now + by.toNanos();
    }
    while (true) {
      Task<?> task;
      synchronized (this) {
        task = tasks.peek();
        if (task == null || task.time > target) {
          now = target;
          return;
        }
        tasks.poll();
        now = Math.max(now, task.time); // a late task runs late: time never goes back
      }
      if (!task.isCancelled()) {
        task.run();
        if (!task.isCancelled()) { // cancelled while running: harmless, as in a real executor
          task.rethrow();
        }
      }
    }
  }

  /**
   * Moves time forward by {@code by} without running anything: the timer's thread is late, as a
   * busy one may be. {@link #runDue()} runs the tasks that fell due meanwhile.
   */
  public synchronized void skip(Duration by) {
    now += by.toNanos();
  }

  /** Runs the tasks due now. */
  public void runDue() {
    advance(Duration.ZERO);
  }

  /** Tasks scheduled and neither run nor cancelled. */
  public synchronized int pending() {
    return (int) tasks.stream().filter(task -> !task.isCancelled()).count();
  }

  /** Tasks scheduled since the start, run or not. */
  public synchronized int scheduled() {
    return scheduled;
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    return add(new Task<>(command, null), delay, unit);
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    return add(new Task<>(callable), delay, unit);
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
    throw new UnsupportedOperationException("not needed by the budget");
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException("not needed by the budget");
  }

  @Override
  public void execute(Runnable command) {
    schedule(command, 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public void shutdown() {}

  @Override
  public List<Runnable> shutdownNow() {
    return new ArrayList<>();
  }

  @Override
  public boolean isShutdown() {
    return false;
  }

  @Override
  public boolean isTerminated() {
    return false;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return false;
  }

  private synchronized <V> Task<V> add(Task<V> task, long delay, TimeUnit unit) {
    task.time = now + Math.max(0, unit.toNanos(delay));
    task.order = sequence++;
    scheduled++;
    tasks.add(task);
    return task;
  }

  private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
    long time;
    long order;

    Task(Runnable runnable, V result) {
      super(runnable, result);
    }

    Task(Callable<V> callable) {
      super(callable);
    }

    void rethrow() {
      try {
        get();
      } catch (ExecutionException e) {
        throw new AssertionError("a scheduled task failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(time - now(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      Task<?> that = (Task<?>) other;
      return time != that.time ? Long.compare(time, that.time) : Long.compare(order, that.order);
    }
  }

  /** The budget's view of this timer: runs {@code task} once {@code delay} has passed on this clock. */
  @Override
  public java.util.concurrent.Future<?> after(java.time.Duration delay, Runnable task) {
    return schedule(task, delay.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
  }
}
