package io.github.restore4j.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Interns folding keys to dense {@code int} ids so that the alignment loops compare ints.
 *
 * <pre>{@code
 * int id = vocabulary.intern("nga");  // 0, 1, 2, ... in order of first appearance
 * vocabulary.id("nga")                // the same id; -1 for a key never interned
 * }</pre>
 *
 * <p>Not thread-safe while interning; safe for concurrent lookups once building is done.
 */
public final class Vocabulary {
  /** The id of a key that is not in the vocabulary. */
  public static final int UNKNOWN = -1;

  private final Map<String, Integer> ids = new HashMap<>();
  private String[] keys = new String[1024];

  /** The id of {@code key}, adding it if new. */
  public int intern(String key) {
    Integer id = ids.get(key);
    if (id != null) {
      return id;
    }
    int next = ids.size();
    if (next == keys.length) {
      keys = Arrays.copyOf(keys, next * 2);
    }
    keys[next] = key;
    ids.put(key, next);
    return next;
  }

  /** The id of {@code key}, or {@link #UNKNOWN}. */
  public int id(String key) {
    Integer id = ids.get(key);
    return id == null ? UNKNOWN : id;
  }

  /** The key of an id. */
  public String key(int id) {
    if (id < 0 || id >= ids.size()) {
      throw new IndexOutOfBoundsException("id " + id + " of " + ids.size());
    }
    return keys[id];
  }

  public int size() {
    return ids.size();
  }
}
