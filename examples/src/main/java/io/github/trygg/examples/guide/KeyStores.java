package io.github.trygg.examples.guide;

import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.KeyStoreProvider;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import java.nio.file.Path;

/**
 * docs/pseudonymisation.md: keys in a PKCS#12 file and in a PKCS#11 token. The password and the PIN
 * come from the environment, as the guide shows, so the tests run this in a JVM of its own.
 *
 * <p>Run: {@code TRYGG_KEYSTORE_PASSWORD=… java … KeyStores pkcs12 FILE}, or {@code
 * SOFTHSM2_CONF=… TRYGG_HSM_PIN=… java … KeyStores pkcs11 CONFIG}. Prints what it did as
 * {@code key=value} lines, never a key.
 */
public final class KeyStores {
  private static final PseudonymisationDomain PROBE = PseudonymisationDomain.builder()
      .name("keystore-guide").purpose("Shows which version pseudonymises").keyId("export").build();

  private KeyStores() {}

  public static void main(String[] args) {
    switch (args[0]) {
      case "pkcs12" -> pkcs12(Path.of(args[1]));
      case "pkcs11" -> pkcs11(Path.of(args[1]));
      default -> throw new IllegalArgumentException("pkcs12 FILE or pkcs11 CONFIG");
    }
  }

  static void pkcs12(Path keyStoreFile) {
    // snippet:start keystore-pkcs12
    char[] password = System.getenv("TRYGG_KEYSTORE_PASSWORD").toCharArray();
    KeyStoreProvider file = KeyStoreProvider.pkcs12(keyStoreFile, password);
    // snippet:end
    System.out.println("versions=" + file.versions("export"));
    System.out.println("pseudonym=" + Pseudonymisation.builder().keys(file).build().hmac(PROBE).pseudonymise("visit-4711"));
  }

  static void pkcs11(Path pkcs11Config) {
    // snippet:start keystore-pkcs11
    char[] pin = System.getenv("TRYGG_HSM_PIN").toCharArray();
    KeyStoreProvider hsm = KeyStoreProvider.pkcs11(pkcs11Config, pin);
    KeyRef next = hsm.rotate("export");                   // generated in the token, never extractable
    hsm.destroy(new KeyRef("export", 1));                 // crypto-shredding
    Pseudonymisation p = Pseudonymisation.builder().keys(hsm).build();
    // snippet:end
    System.out.println("next=" + next);
    System.out.println("versions=" + hsm.versions("export"));
    System.out.println("pseudonym=" + p.hmac(PROBE).pseudonymise("visit-4711"));
    System.out.println("version1=" + hsm.key(new KeyRef("export", 1)).status());
  }
}
