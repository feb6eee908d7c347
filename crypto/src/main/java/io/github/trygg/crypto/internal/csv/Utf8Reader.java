package io.github.trygg.crypto.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import org.apiguardian.api.API;

/**
 * Strict UTF-8 from a stream: what {@code InputStreamReader} with {@code CodingErrorAction.REPORT}
 * gives, a {@link MalformedInputException} for any byte sequence that is not well-formed UTF-8
 * (overlong forms, surrogates, code points above U+10FFFF, a sequence cut off at the end), but with
 * a loop that copies runs of ASCII straight through. The JDK's decoder leaves its fast path at the
 * first non-ASCII byte of a buffer, so a file with a letter like 'ö' on every line was decoded byte
 * by byte. Not thread-safe; the stream is not closed.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Utf8Reader extends Reader {
  private final InputStream in;
  private final byte[] bytes = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean eof;
  /** The low half of a supplementary character, when the caller's buffer had no room for it. */
  private int pendingLow = -1;

  public Utf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] out, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int o = off;
    int end = off + len;
    if (pendingLow >= 0) {
      out[o++] = (char) pendingLow;
      pendingLow = -1;
    }
    while (o < end) {
      if (limit - position < 4 && !eof) {
        fill();
      }
      if (position == limit) {
        break;
      }
      byte[] b = bytes;
      int p = position;
      // Runs of ASCII: the common case, one comparison per byte.
      int asciiEnd = Math.min(limit, p + (end - o));
      while (p < asciiEnd && b[p] >= 0) {
        out[o++] = (char) b[p++];
      }
      position = p;
      if (o == end || p == limit) {
        continue;
      }
      int lead = b[p] & 0xff;
      int need = lead < 0xC2 ? -1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : -1;
      if (need < 0) {
        throw malformed();
      }
      if (limit - p < need) {
        if (!eof) {
          fill();
          continue;
        }
        throw malformed();
      }
      int cp;
      if (need == 2) {
        int b1 = continuation(b[p + 1]);
        cp = (lead & 0x1F) << 6 | b1;
      } else if (need == 3) {
        int b1 = continuation(b[p + 1]);
        int b2 = continuation(b[p + 2]);
        cp = (lead & 0x0F) << 12 | b1 << 6 | b2;
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) {
          throw malformed(); // overlong, or a surrogate
        }
      } else {
        int b1 = continuation(b[p + 1]);
        int b2 = continuation(b[p + 2]);
        int b3 = continuation(b[p + 3]);
        cp = (lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3;
        if (cp < 0x10000 || cp > 0x10FFFF) {
          throw malformed();
        }
      }
      position = p + need;
      if (cp < 0x10000) {
        out[o++] = (char) cp;
      } else {
        out[o++] = Character.highSurrogate(cp);
        if (o < end) {
          out[o++] = Character.lowSurrogate(cp);
        } else {
          pendingLow = Character.lowSurrogate(cp);
        }
      }
    }
    int n = o - off;
    return n == 0 && position == limit && eof ? -1 : n;
  }

  private static int continuation(byte b) throws MalformedInputException {
    if ((b & 0xC0) != 0x80) {
      throw malformed();
    }
    return b & 0x3F;
  }

  private static MalformedInputException malformed() {
    return new MalformedInputException(1);
  }

  /** Moves what is left to the front and reads more; sets {@code eof} at the end of the stream. */
  private void fill() throws IOException {
    int left = limit - position;
    System.arraycopy(bytes, position, bytes, 0, left);
    position = 0;
    limit = left;
    while (limit < bytes.length) {
      int n = in.read(bytes, limit, bytes.length - limit);
      if (n < 0) {
        eof = true;
        return;
      }
      if (n == 0) {
        return;
      }
      limit += n;
      if (limit >= 4) {
        return;
      }
    }
  }

  @Override
  public void close() {
    // The caller owns the stream.
  }
}
