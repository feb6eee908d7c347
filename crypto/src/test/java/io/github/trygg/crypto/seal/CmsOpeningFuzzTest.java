package io.github.trygg.crypto.seal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.trygg.crypto.CryptoException;
import io.github.trygg.crypto.seal.TestPki.Ca;
import io.github.trygg.crypto.seal.TestPki.Issued;
import io.github.trygg.crypto.seal.TestPki.Type;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Whatever a sender makes of a sealed message — bytes changed, cut, inserted, or a message of its
 * own — opening it ends in a typed {@link CryptoException} or in the original content, never in
 * another exception and never in other content. The messages are made when the class loads; the
 * fuzzer changes them. Every build replays the stored inputs (and the unchanged messages);
 * {@code JAZZER_FUZZ=1} fuzzes for new ones.
 */
class CmsOpeningFuzzTest {
  static final Ca CA = new Ca("Trygg Fuzz CA");
  static final SecureEnvelopes ENVELOPES = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).build();
  static final SecureEnvelopes LEGACY = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).policy(CryptoPolicy.legacyInterop()).build();
  static final Issued RECIPIENT = CA.issue("fuzz-recipient", Type.EC_P256);
  static final Issued SENDER = CA.issue("fuzz-sender", Type.ED25519);
  static final byte[] CONTENT = "Kallelse: provtagning tisdag 09.40.".getBytes(StandardCharsets.UTF_8);
  static final List<byte[]> MESSAGES = messages();

  static List<byte[]> messages() {
    SenderCredential sender = SenderCredential.of(SENDER.handle(), SENDER.certificate());
    List<java.security.cert.X509Certificate> to = List.of(RECIPIENT.certificate());
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    ENVELOPES.seal(new ByteArrayInputStream(CONTENT), streamed, sender, to);
    return List.of(
        ENVELOPES.seal(CONTENT, sender, to).encoded(),
        ENVELOPES.sealUnsigned(CONTENT, to).encoded(),
        streamed.toByteArray(),
        ENVELOPES.sign(CONTENT, sender).encoded());
  }

  @FuzzTest(maxDuration = "2m")
  void openingAnyChangeOfAMessageEndsCleanly(FuzzedDataProvider data) {
    byte[] message;
    if (data.consumeBoolean() && data.remainingBytes() > 0 && data.consumeBoolean()) {
      message = data.consumeBytes(1 << 16);
    } else {
      message = MESSAGES.get(data.consumeInt(0, MESSAGES.size() - 1)).clone();
      int changes = data.consumeInt(0, 8);
      for (int i = 0; i < changes && message.length > 0; i++) {
        switch (data.consumeInt(0, 2)) {
          case 0 -> message[data.consumeInt(0, message.length - 1)] ^= (byte) data.consumeInt(1, 255);
          case 1 -> message = Arrays.copyOf(message, data.consumeInt(0, message.length - 1));
          default -> {
            int at = data.consumeInt(0, message.length);
            byte[] inserted = data.consumeBytes(data.consumeInt(0, 16));
            byte[] longer = new byte[message.length + inserted.length];
            System.arraycopy(message, 0, longer, 0, at);
            System.arraycopy(inserted, 0, longer, at, inserted.length);
            System.arraycopy(message, at, longer, at + inserted.length, message.length - at);
            message = longer;
          }
        }
      }
    }
    byte[] m = message;
    expect(() -> check(ENVELOPES.open(m, RECIPIENT.recipient()), true));
    expect(() -> check(ENVELOPES.openAndVerify(m, RECIPIENT.recipient()).content(), false));
    expect(() -> check(LEGACY.openAndVerify(m, RECIPIENT.recipient()).content(), false));
    expect(() -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ENVELOPES.open(new ByteArrayInputStream(m), out, RECIPIENT.recipient());
      check(out.toByteArray(), true);
    });
    expect(() -> check(ENVELOPES.verify(m).content(), false));
  }

  /** Opened content is the original, or, unsigned, the signed original that the open produced. */
  static void check(byte[] opened, boolean maybeSigned) {
    if (Arrays.equals(opened, CONTENT)) {
      return;
    }
    if (maybeSigned && Arrays.equals(ENVELOPES.verify(opened).content(), CONTENT)) {
      return;
    }
    throw new AssertionError("a changed message opened to other content");
  }

  static void expect(Runnable open) {
    try {
      open.run();
    } catch (CryptoException e) {
      if (e.getMessage() == null || e.getMessage().isEmpty()) {
        throw new AssertionError("a failure without a message", e);
      }
    }
  }
}
