package io.github.trygg.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.trygg.core.TryggException;
import org.junit.jupiter.api.Test;

class CryptoExceptionTest {
  @Test
  void isATryggExceptionAndKeepsItsCause() {
    IllegalStateException cause = new IllegalStateException("inner");
    CryptoException e = new CryptoException("sealing failed", cause);
    assertInstanceOf(TryggException.class, e);
    assertEquals("sealing failed", e.getMessage());
    assertEquals(cause, e.getCause());
  }
}
