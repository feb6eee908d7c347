package io.github.trygg.core.internal.propagation;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * Id → index lookup for a million flow ends. Each slot keeps the key's hash, its length, its first
 * eight characters, where the rest are in one shared array, and the index, side by side in 32
 * bytes: a lookup of an id of up to eight characters touches that slot alone (besides the id
 * itself), where a {@code HashMap<String, Integer>} touches the node, the key string, its bytes
 * and the boxed value. Resolving flow ends is the largest single cost of indexing a register. The
 * first of repeated ids wins.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class IdTable {
  /** hash, offset of the characters after the eighth + 1 (0 = empty), length, value, 8 characters. */
  private static final int STRIDE = 8;
  private static final int INLINE = 8;
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
    int length = id.length();
    if (slots[base] != h || slots[base + 2] != length) {
      return false;
    }
    int inline = Math.min(length, INLINE);
    for (int k = 0; k < inline; k++) {
      if (inlineChar(base, k) != id.charAt(k)) {
        return false;
      }
    }
    int offset = slots[base + 1] - 1 - INLINE;
    for (int k = INLINE; k < length; k++) {
      if (chars[offset + k] != id.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private char inlineChar(int base, int k) {
    int pair = slots[base + 4 + (k >> 1)];
    return (char) ((k & 1) == 0 ? pair >>> 16 : pair & 0xFFFF);
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
    int length = id.length();
    int rest = Math.max(0, length - INLINE);
    if (used + rest > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + rest));
    }
    if (rest > 0) {
      id.getChars(INLINE, length, chars, used);
    }
    slots[base] = h;
    slots[base + 1] = used + 1;
    slots[base + 2] = length;
    slots[base + 3] = value;
    for (int k = 0; k < Math.min(length, INLINE); k++) {
      slots[base + 4 + (k >> 1)] |= (k & 1) == 0 ? id.charAt(k) << 16 : id.charAt(k);
    }
    used += rest;
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
