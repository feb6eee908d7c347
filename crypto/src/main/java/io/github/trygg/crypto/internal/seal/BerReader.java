package io.github.trygg.crypto.internal.seal;

import org.jspecify.annotations.Nullable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads BER (and so DER) element by element from a stream, for CMS messages too large to hold: the
 * structure around the content is read into bounded buffers and handed to Bouncy Castle's parser,
 * the content itself is streamed ({@link #octets}). Definite lengths of up to 2^62 and indefinite
 * lengths are read; every element is checked for its size limit and nesting depth before Bouncy
 * Castle sees it, so a claimed length or a deep nesting cannot exhaust memory or the stack. Every
 * problem is a {@link CmsFailure} of kind {@code MALFORMED} that says what was being read.
 */
final class BerReader {
  static final int SEQUENCE = 0x30;
  static final int SET = 0x31;
  static final int INTEGER = 0x02;
  static final int OCTET_STRING = 0x04;
  static final int OCTET_STRING_CONSTRUCTED = 0x24;
  static final int OID = 0x06;

  /** An element's identifier octet and length; the length is -1 when indefinite. */
  record Header(int tag, long length) {
    boolean constructed() {
      return (tag & 0x20) != 0;
    }

    boolean indefinite() {
      return length < 0;
    }

    boolean endOfContents() {
      return tag == 0 && length == 0;
    }
  }

  /** An open constructed element: it ends at a position, or at end-of-contents octets. */
  record Frame(long end) {
    boolean indefinite() {
      return end < 0;
    }
  }

  private final InputStream in;
  private long position;
  private int peeked = -2;
  private @Nullable ByteArrayOutputStream capture;
  private int captureLimit;
  private String captureWhat = "";

  BerReader(InputStream in) {
    this.in = in;
  }

  long position() {
    return position;
  }

  /** The next octet without consuming it, or -1 at the end of the input. */
  int peek() throws IOException {
    if (peeked == -2) {
      peeked = in.read();
    }
    return peeked;
  }

  private int read(String what) throws IOException {
    int b = peek();
    peeked = -2;
    if (b < 0) {
      throw malformed("the message ends inside " + what);
    }
    position++;
    if (capture != null) {
      if (capture.size() >= captureLimit) {
        throw malformed(captureWhat + " is larger than " + captureLimit + " bytes");
      }
      capture.write(b);
    }
    return b;
  }

  /** Reads {@code n} octets into {@code buffer} at {@code off}; fewer only at the end of the input. */
  int read(byte[] buffer, int off, int n, String what) throws IOException {
    if (n == 0) {
      return 0;
    }
    int got = 0;
    if (peeked != -2) {
      int b = read(what);
      buffer[off] = (byte) b;
      got = 1;
    }
    while (got < n) {
      int r = in.read(buffer, off + got, n - got);
      if (r < 0) {
        break;
      }
      if (capture != null) {
        if (capture.size() + r > captureLimit) {
          throw malformed(captureWhat + " is larger than " + captureLimit + " bytes");
        }
        capture.write(buffer, off + got, r);
      }
      got += r;
      position += r;
      if (got > 0 && capture == null) {
        break;
      }
    }
    if (got == 0) {
      throw malformed("the message ends inside " + what);
    }
    return got;
  }

  Header header(String what) throws IOException {
    int tag = read(what);
    if ((tag & 0x1f) == 0x1f) {
      throw malformed("an element with a high tag number in " + what);
    }
    int first = read(what);
    long length;
    if (first < 0x80) {
      length = first;
    } else if (first == 0x80) {
      if ((tag & 0x20) == 0) {
        throw malformed("a primitive element of indefinite length in " + what);
      }
      length = -1;
    } else {
      int bytes = first & 0x7f;
      if (bytes > 8) {
        throw malformed("an element length of " + bytes + " octets in " + what);
      }
      length = 0;
      for (int i = 0; i < bytes; i++) {
        length = (length << 8) | read(what);
        if (length > (1L << 55)) {
          throw malformed("an element longer than 2^62 octets in " + what);
        }
      }
    }
    return new Header(tag, length);
  }

  Header expect(int tag, String what) throws IOException {
    Header h = header(what);
    if (h.tag() != tag) {
      throw malformed("expected " + what + ", found an element of tag 0x" + Integer.toHexString(h.tag()));
    }
    return h;
  }

  Frame open(Header h, String what) {
    if (!h.constructed()) {
      throw malformed(what + " is not a constructed element");
    }
    return new Frame(h.indefinite() ? -1 : position + h.length());
  }

  /** Whether the frame has no more elements. */
  boolean atEnd(Frame f) throws IOException {
    if (f.indefinite()) {
      return peek() == 0;
    }
    if (position > f.end()) {
      throw malformed("an element runs past the end of the one around it");
    }
    return position == f.end();
  }

  void close(Frame f, String what) throws IOException {
    if (f.indefinite()) {
      Header eoc = header(what);
      if (!eoc.endOfContents()) {
        throw malformed("more elements than expected in " + what);
      }
    } else if (position != f.end()) {
      throw malformed((position < f.end() ? "more elements than expected in " : "an element runs past the end of ") + what);
    }
  }

  /** The content of a definite-length primitive element whose header was read, at most {@code max} octets. */
  byte[] content(Header h, int max, String what) throws IOException {
    if (h.constructed() || h.indefinite()) {
      throw malformed(what + " is not a primitive element");
    }
    if (h.length() > max) {
      throw malformed(what + " is larger than " + max + " bytes");
    }
    byte[] b = new byte[(int) h.length()];
    int at = 0;
    while (at < b.length) {
      at += read(b, at, b.length - at, what);
    }
    return b;
  }

  /**
   * The whole next element, identifier and length included, as read (BER or DER), after checking
   * its size and nesting: safe to hand to Bouncy Castle's parser.
   */
  byte[] element(int max, String what) throws IOException {
    ByteArrayOutputStream captured = new ByteArrayOutputStream(Math.min(max, 4096));
    capture = captured;
    captureLimit = max;
    captureWhat = what;
    try {
      walk(header(what), 1, what);
      return captured.toByteArray();
    } finally {
      capture = null;
    }
  }

  /** Reads past the next element, checking it as {@link #element} does. */
  void skip(int max, String what) throws IOException {
    element(max, what);
  }

  private void walk(Header h, int depth, String what) throws IOException {
    if (depth > CmsLimits.DEPTH) {
      throw malformed(what + " is nested more than " + CmsLimits.DEPTH + " levels deep");
    }
    if (h.constructed()) {
      if (h.indefinite()) {
        for (Header c = header(what); !c.endOfContents(); c = header(what)) {
          walk(c, depth + 1, what);
        }
      } else {
        long end = position + h.length();
        while (position < end) {
          walk(header(what), depth + 1, what);
        }
        if (position != end) {
          throw malformed("an element runs past the end of the one around it in " + what);
        }
      }
    } else {
      if (h.endOfContents()) {
        throw malformed("an unexpected end-of-contents in " + what);
      }
      byte[] buffer = new byte[(int) Math.min(h.length(), 8192)];
      for (long left = h.length(); left > 0; ) {
        left -= read(buffer, 0, (int) Math.min(left, buffer.length), what);
      }
    }
  }

  /**
   * The octets of a string element whose header was read: its content if primitive, the
   * concatenated content of its segments if constructed (BER), streamed.
   */
  InputStream octets(Header h, String what) {
    return new Octets(h, what);
  }

  private final class Octets extends InputStream {
    private final String what;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private long left;
    private boolean done;

    Octets(Header h, String what) {
      this.what = what;
      if (h.constructed()) {
        frames.push(open(h, what));
      } else {
        if (h.indefinite()) {
          throw malformed(what + " is primitive with an indefinite length");
        }
        left = h.length();
        done = left == 0;
      }
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (left == 0) {
        if (done || !advance()) {
          done = true;
          return -1;
        }
      }
      int n = BerReader.this.read(b, off, (int) Math.min(len, left), what);
      left -= n;
      if (left == 0 && frames.isEmpty()) {
        done = true;
      }
      return n;
    }

    /** Moves to the next segment; false after the last. */
    private boolean advance() throws IOException {
      while (!frames.isEmpty()) {
        Frame f = frames.peek();
        if (atEnd(f)) {
          BerReader.this.close(frames.pop(), what);
          continue;
        }
        Header c = header(what);
        if (c.tag() == OCTET_STRING) {
          left = c.length();
          if (left > 0) {
            return true;
          }
        } else if (c.tag() == OCTET_STRING_CONSTRUCTED) {
          if (frames.size() >= CmsLimits.OCTET_DEPTH) {
            throw malformed(what + " has segments nested more than " + CmsLimits.OCTET_DEPTH + " deep");
          }
          frames.push(open(c, what));
        } else {
          throw malformed(what + " has a segment that is not an octet string");
        }
      }
      return false;
    }
  }

  static CmsFailure malformed(String message) {
    return new CmsFailure(CmsFailure.Kind.MALFORMED, message);
  }
}
