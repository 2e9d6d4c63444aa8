package io.github.bsckit.testkit;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Basic generators and the ways to combine them. Every generator puts its simplest value at the lowest
 * choice (see {@link Source}): the smallest number, the first alternative, the shortest list, the identity
 * permutation.
 *
 * <pre>{@code
 * Generator<String> unit = Generators.frequency(
 *     Weighted.of(3, Generators.constant("%")),
 *     Weighted.of(1, Generators.elementOf("USD", "EUR", "days")));
 * }</pre>
 */
public final class Generators {
  private Generators() {}

  /**
   * {@return a generator that always makes {@code value}}
   *
   * @param value the value
   * @param <T> its type
   */
  public static <T> Generator<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return source -> value;
  }

  /**
   * {@return a generator of ints in [lo, hi]; {@code lo} is the simplest}
   *
   * @param lo the smallest value
   * @param hi the largest value
   * @throws BscException if {@code lo > hi}
   */
  public static Generator<Integer> integers(int lo, int hi) {
    Checks.requireAtMost("lo", lo, hi);
    return source -> source.between(lo, hi);
  }

  /**
   * {@return a generator of longs in [lo, hi]; {@code lo} is the simplest}
   *
   * @param lo the smallest value
   * @param hi the largest value
   * @throws BscException if {@code lo > hi}
   */
  public static Generator<Long> longs(long lo, long hi) {
    Checks.requireAtMost("lo", lo, hi);
    return source -> source.between(lo, hi);
  }

  /** {@return a generator of booleans; false is the simpler} */
  public static Generator<Boolean> booleans() {
    return source -> source.between(0, 1) == 1;
  }

  /**
   * {@return a generator of one of the given values; the first is the simplest}
   *
   * @param values the values, at least one
   * @param <T> their type
   * @throws BscException if there are none
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, element by element
  public static <T> Generator<T> elementOf(T... values) {
    return elementOf(copy(values));
  }

  /**
   * {@return a generator of one of the given values; the first is the simplest}
   *
   * @param values the values, at least one
   * @param <T> their type
   * @throws BscException if there are none
   */
  public static <T> Generator<T> elementOf(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new BscException("values must not be empty");
    }
    return source -> copy.get(source.between(0, copy.size() - 1));
  }

  /**
   * {@return a generator that uses one of the given generators, each equally often; the first is the simplest}
   *
   * @param generators the alternatives, at least one
   * @param <T> the type of the values made
   * @throws BscException if there are none
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, element by element
  public static <T> Generator<T> oneOf(Generator<? extends T>... generators) {
    List<Generator<? extends T>> copy = copy(generators);
    if (copy.isEmpty()) {
      throw new BscException("generators must not be empty");
    }
    return source -> copy.get(source.between(0, copy.size() - 1)).generate(source);
  }

  /**
   * {@return a generator that uses one of the given generators, each as often as its weight says; the first is
   * the simplest}
   *
   * @param alternatives the weighted alternatives, at least one
   * @param <T> the type of the values made
   * @throws BscException if there are none
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, element by element
  public static <T> Generator<T> frequency(Weighted<? extends T>... alternatives) {
    List<Weighted<? extends T>> copy = copy(alternatives);
    if (copy.isEmpty()) {
      throw new BscException("alternatives must not be empty");
    }
    long total = 0;
    for (Weighted<? extends T> w : copy) {
      total += w.weight();
    }
    long last = total - 1;
    return source -> {
      long pick = source.between(0, last);
      for (Weighted<? extends T> w : copy) {
        if (pick < w.weight()) {
          return w.generator().generate(source);
        }
        pick -= w.weight();
      }
      throw new IllegalStateException("unreachable: pick beyond the total weight");
    };
  }

  /** Copies varargs element by element into an immutable list, rejecting nulls. */
  private static <E> List<E> copy(E[] array) {
    List<E> list = new ArrayList<>(array.length);
    for (E e : array) {
      list.add(Objects.requireNonNull(e, "element"));
    }
    return List.copyOf(list);
  }

  /**
   * {@return a generator of lists of a size in [min, max], the size chosen first; shorter lists are simpler}
   *
   * @param elements makes each element
   * @param min the fewest elements, at least 0
   * @param max the most elements, at least {@code min}
   * @param <T> the type of the elements
   * @throws BscException if the bounds are wrong
   */
  public static <T> Generator<List<T>> lists(Generator<T> elements, int min, int max) {
    Objects.requireNonNull(elements, "elements");
    Checks.requireAtLeast("min", min, 0);
    Checks.requireAtMost("min", min, max);
    return source -> {
      int n = source.between(min, max);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(elements.generate(source));
      }
      return Collections.unmodifiableList(out);
    };
  }

  /**
   * {@return a generator of present or absent values; absent is simpler}
   *
   * @param values makes the present values
   * @param percent how often a value is present, 0 to 100
   * @param <T> the type of the values
   * @throws BscException if {@code percent} is outside 0 to 100
   */
  public static <T> Generator<Optional<T>> optional(Generator<T> values, int percent) {
    return Objects.requireNonNull(values, "values").optional(percent);
  }

  /**
   * {@return a generator of permutations of {@code items} (Fisher–Yates); the unchanged order is the simplest}
   * Useful to check that a rule does not depend on the order of objectives or links.
   *
   * @param items the items to reorder
   * @param <T> their type
   */
  public static <T> Generator<List<T>> shuffled(List<? extends T> items) {
    List<T> copy = List.copyOf(items);
    return source -> shuffle(copy, source);
  }

  /**
   * Reorders a list with choices from a source: every permutation can come out, and all-lowest choices keep
   * the order.
   *
   * @param items the items
   * @param source the choices
   * @param <T> their type
   * @return a new, unmodifiable list
   */
  public static <T> List<T> shuffle(List<? extends T> items, Source source) {
    Objects.requireNonNull(source, "source");
    List<T> out = new ArrayList<>(items);
    for (int i = 0; i < out.size() - 1; i++) {
      int j = i + source.between(0, out.size() - 1 - i);
      Collections.swap(out, i, j);
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * {@return a generator of sub-lists of {@code items} with between min and max elements, in their original
   * order; the first elements are the simplest choice}
   *
   * @param items the items
   * @param min the fewest elements
   * @param max the most elements, at most {@code items.size()}
   * @param <T> their type
   * @throws BscException if the bounds are wrong
   */
  public static <T> Generator<List<T>> subsetOf(List<? extends T> items, int min, int max) {
    List<T> copy = List.copyOf(items);
    Checks.requireAtLeast("min", min, 0);
    Checks.requireAtMost("min", min, max);
    Checks.requireBetween("max", max, min, copy.size());
    return source -> {
      int k = source.between(min, max);
      int[] idx = new int[copy.size()];
      for (int i = 0; i < idx.length; i++) {
        idx[i] = i;
      }
      for (int i = 0; i < k; i++) {
        int j = i + source.between(0, idx.length - 1 - i);
        int t = idx[i];
        idx[i] = idx[j];
        idx[j] = t;
      }
      int[] chosen = Arrays.copyOf(idx, k);
      Arrays.sort(chosen);
      List<T> out = new ArrayList<>(k);
      for (int i : chosen) {
        out.add(copy.get(i));
      }
      return Collections.unmodifiableList(out);
    };
  }

  /**
   * {@return a generator that chooses a size in [0, maxSize] and makes the value with the generator picked for
   * that size; smaller sizes are simpler} The size is one choice like any other, so a shrinking engine
   * shrinks it first.
   *
   * <pre>{@code
   * Generator<List<String>> words = Generators.sized(20, n -> NameGenerators.words().list(0, n));
   * }</pre>
   *
   * @param maxSize the largest size, at least 0
   * @param bySize picks the generator for a size
   * @param <T> the type of the values made
   * @throws BscException if {@code maxSize < 0}
   */
  public static <T> Generator<T> sized(int maxSize, IntFunction<? extends Generator<? extends T>> bySize) {
    Checks.requireAtLeast("maxSize", maxSize, 0);
    Objects.requireNonNull(bySize, "bySize");
    return source -> {
      int size = source.between(0, maxSize);
      return Objects.requireNonNull(bySize.apply(size), "bySize returned null").generate(source);
    };
  }
}
