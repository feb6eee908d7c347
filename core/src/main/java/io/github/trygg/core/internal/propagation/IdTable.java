package io.github.trygg.core.internal.propagation;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * Id → index lookup for a million flow ends. Each slot keeps the key's hash, its length, where its
 * characters are in one shared array, and the index, side by side; a lookup touches that slot and
 * the key's characters — two cache lines — where a {@code HashMap<String, Integer>} touches the
 * node, the key string, its bytes and the boxed value. Resolving flow ends is the largest single
 * cost of indexing a register. The first of repeated ids wins.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class IdTable {
  private static final int STRIDE = 4; // hash, offset + 1 (0 = empty), length, value
  private int[] slots;
  private int mask;
  private int size;
  private char[] chars = new char[256];
  private int used;

  public IdTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    slots = new int[capacity * STRIDE];
    mask = capacity - 1;
  }

  /** Every id of the array, at its position. */
  public static IdTable of(String[] ids) {
    IdTable table = new IdTable(ids.length);
    for (int k = 0; k < ids.length; k++) {
      table.putIfAbsent(ids[k], k);
    }
    return table;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }

  private boolean matches(int base, int h, String id) {
    if (slots[base] != h || slots[base + 2] != id.length()) {
      return false;
    }
    int offset = slots[base + 1] - 1;
    for (int k = 0; k < id.length(); k++) {
      if (chars[offset + k] != id.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The slot holding the id, or the empty slot where it would go. */
  private int slotOf(String id, int h) {
    int slot = h & mask;
    while (slots[slot * STRIDE + 1] != 0 && !matches(slot * STRIDE, h, id)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Adds the id unless present; returns the index it maps to afterwards. */
  public int putIfAbsent(String id, int value) {
    int h = spread(id.hashCode());
    int base = slotOf(id, h) * STRIDE;
    if (slots[base + 1] != 0) {
      return slots[base + 3];
    }
    if (2 * (size + 1) > mask + 1) {
      grow();
      return putIfAbsent(id, value);
    }
    if (used + id.length() > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + id.length()));
    }
    id.getChars(0, id.length(), chars, used);
    slots[base] = h;
    slots[base + 1] = used + 1;
    slots[base + 2] = id.length();
    slots[base + 3] = value;
    used += id.length();
    size++;
    return value;
  }

  /** Doubles the slots when half are used, so that probes stay short and always end. */
  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    mask = (mask << 1) | 1;
    for (int base = 0; base < old.length; base += STRIDE) {
      if (old[base + 1] != 0) {
        int slot = old[base] & mask;
        while (slots[slot * STRIDE + 1] != 0) {
          slot = (slot + 1) & mask;
        }
        System.arraycopy(old, base, slots, slot * STRIDE, STRIDE);
      }
    }
  }

  /** The index of the id, or -1. */
  public int get(String id) {
    int base = slotOf(id, spread(id.hashCode())) * STRIDE;
    return slots[base + 1] != 0 ? slots[base + 3] : -1;
  }
}
