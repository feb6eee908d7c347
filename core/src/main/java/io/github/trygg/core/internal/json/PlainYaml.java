package io.github.trygg.core.internal.json;

import java.io.InputStream;
import java.io.Reader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML factory whose parser resolves the common plain scalars without regular expressions.
 *
 * <p>The stock parser asks SnakeYAML's JSON-schema resolver for the type of every plain scalar, and
 * that resolver tries a pattern per candidate type and, for most text, one more that matches only
 * the empty string: a matcher or more for each value of a large register. The answers are the same
 * here and come from the first character and a scan: a plain scalar whose first character cannot
 * start {@code true}, {@code false}, {@code null}, a number, {@code .inf}, {@code .nan} or
 * {@code ${ENV}} is a string; one that is a whole number as JSON writes it is an integer; one that
 * starts like a number but matches none of the resolver's number patterns (a date, say) is a string. Everything else
 * (tagged, empty, booleans, null, decimals, special floats) goes through the stock code.
 */
final class PlainYaml {
  private PlainYaml() {}

  static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactory configured) {
      super(configured);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext ctx, IOContext io, InputStream in) {
      return new Parser(ctx, io, _getBufferRecycler(), ctx.getStreamReadFeatures(_streamReadFeatures),
          ctx.getFormatReadFeatures(_formatReadFeatures), _loadSettings, _createReader(in, null, io));
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext ctx, IOContext io, Reader in) {
      return new Parser(ctx, io, _getBufferRecycler(), ctx.getStreamReadFeatures(_streamReadFeatures),
          ctx.getFormatReadFeatures(_formatReadFeatures), _loadSettings, in);
    }
  }

  static final class Parser extends YAMLParser {
    Parser(ObjectReadContext ctx, IOContext io, BufferRecycler recycler, int streamFeatures, int formatFeatures,
        LoadSettings settings, Reader in) {
      super(ctx, io, recycler, streamFeatures, formatFeatures, settings, in);
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) {
      String value = scalar.getValue();
      if (scalar.getTag().isEmpty() && !value.isEmpty()) {
        if (!scalar.getImplicit().canOmitTagInPlainScalar()) {
          // Quoted: the resolver gives a string without looking at the text.
          return string(value);
        }
        switch (kind(value)) {
          case TEXT:
            return string(value);
          case INTEGER:
            _textValue = value;
            _cleanedTextValue = null;
            return _decodeNumberScalar(value, value.length());
          default:
            break;
        }
      }
      return super._decodeScalar(scalar);
    }

    private JsonToken string(String value) {
      _textValue = value;
      _cleanedTextValue = null;
      return JsonToken.VALUE_STRING;
    }
  }

  enum Kind {
    TEXT,
    INTEGER,
    /** Left to the stock resolver. */
    OTHER
  }

  /** What SnakeYAML's JSON-schema resolver makes of a non-empty plain scalar, where that is cheap to tell. */
  static Kind kind(String value) {
    char first = value.charAt(0);
    if (first == '-' || (first >= '0' && first <= '9')) {
      if (isInteger(value)) {
        return Kind.INTEGER;
      }
      return isFloat(value) || value.equals("-.inf") ? Kind.OTHER : Kind.TEXT;
    }
    switch (first) {
      case 't':
      case 'f':
      case 'n':
      case '.':
        // The resolver's patterns for these first characters match only these words.
        return value.equals("true") || value.equals("false") || value.equals("null") || value.equals(".inf") || value.equals(".nan")
            ? Kind.OTHER
            : Kind.TEXT;
      case '$':
        // ${ENV}
        return Kind.OTHER;
      default:
        return Kind.TEXT;
    }
  }

  /** {@code -?(0|[1-9][0-9]*)}. */
  static boolean isInteger(String s) {
    int i = s.charAt(0) == '-' ? 1 : 0;
    if (i >= s.length()) {
      return false;
    }
    if (s.charAt(i) == '0') {
      return i + 1 == s.length();
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code -?(0|[1-9][0-9]*)(\.[0-9]*)?([eE][-+]?[0-9]+)?}, the resolver's float pattern less its special values. */
  static boolean isFloat(String s) {
    int n = s.length();
    int i = s.charAt(0) == '-' ? 1 : 0;
    if (i >= n) {
      return false;
    }
    if (s.charAt(i) == '0') {
      i++;
    } else if (s.charAt(i) >= '1' && s.charAt(i) <= '9') {
      i = digits(s, i + 1);
    } else {
      return false;
    }
    if (i < n && s.charAt(i) == '.') {
      i = digits(s, i + 1);
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int start = i;
      i = digits(s, i);
      if (i == start) {
        return false;
      }
    }
    return i == n;
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
