package io.github.trygg.dsr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.trygg.core.TryggException;
import org.junit.jupiter.api.Test;

class DsrExceptionTest {
  @Test
  void isATryggException() {
    DsrException e = new DsrException("illegal transition");
    assertInstanceOf(TryggException.class, e);
    assertEquals("illegal transition", e.getMessage());
  }
}
