package io.github.trygg.crypto.pseudonym;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The token side of {@link KeyStoreProviderSoftHsmTest}, run in a JVM of its own that sees one
 * SoftHSM token: {@code <scenario> <SunPKCS11 config> <PIN> <arguments…>}. It prints what it found
 * as {@code key=value} lines and the test asserts on them; it exits non-zero on anything unexpected.
 */
public final class SoftHsmChild {
  static final String VALUE = "kund-4711";
  static final String PERSONNUMMER = "19640823-3234";
  static final PseudonymisationDomain DOMAIN = TestKeys.domain("care-export");
  static final IdentityFpeOptions FPE = IdentityFpeOptions.builder()
      .preservation(Preservation.DECADE).latestBirthDate(LocalDate.of(2025, 12, 31)).acknowledgeRealPersonRisk(true).build();
  static final Authorisation DPO = new Authorisation("anna", "dpo", "a request for access", "DSR-2026-17");

  private SoftHsmChild() {}

  public static void main(String[] args) throws Exception {
    String scenario = args[0];
    Path config = Path.of(args[1]);
    char[] pin = args[2].toCharArray();
    switch (scenario) {
      case "open" -> {
        try {
          print("provider", KeyStoreProvider.pkcs11(config, pin).toString());
        } catch (KeyStoreAccessException e) {
          print("error", e.reason() + " " + e.store());
          print("message", e.getMessage());
        }
      }
      case "rotate" -> {
        KeyStoreProvider keys = KeyStoreProvider.pkcs11(config, pin);
        KeyRef ref = keys.rotate(args[3]);
        print("version", ref.version());
        MasterKey primary = keys.primary(args[3]);
        print("key", primary);
        print("bits", primary.bits());
        try {
          primary.export(KeyExport.permit("try to take the key out of the token"));
          print("export", "allowed");
        } catch (KeyException e) {
          print("export", e.reason());
        }
        pseudonyms(keys, args[3]);
      }
      case "pseudonymise" -> pseudonyms(KeyStoreProvider.pkcs11(config, pin), args[3]);
      case "reidentify" -> reidentify(KeyStoreProvider.pkcs11(config, pin), args[3]);
      case "import" -> {
        KeyStoreProvider keys = KeyStoreProvider.pkcs11(config, pin);
        KeyFileProvider file = KeyFileProvider.open(Path.of(args[3]));
        KeyExport permit = KeyExport.permit("move the key file's versions into the token");
        print("imported", file.versions(args[4]).stream().map(r -> keys.importKey(file.key(r), permit).toString()).collect(Collectors.joining(",")));
        pseudonyms(keys, args[4]);
      }
      case "destroy" -> {
        KeyStoreProvider keys = KeyStoreProvider.pkcs11(config, pin);
        KeyRef ref = new KeyRef(args[3], Integer.parseInt(args[4]));
        keys.destroy(ref);
        print("status", keys.key(ref).status());
        print("versions", versions(keys, args[3]));
        try {
          print("primary", keys.primary(args[3]).ref());
        } catch (KeyException e) {
          print("primary", e.reason());
        }
      }
      case "stale" -> {
        // Read the token, then delete a version behind the provider's back, as another process would.
        KeyStoreProvider keys = KeyStoreProvider.pkcs11(config, pin);
        Provider other = Security.getProvider("SunPKCS11").configure(config.toString());
        KeyStore store = KeyStore.getInstance("PKCS11", other);
        store.load(null, pin);
        store.deleteEntry(args[3]);
        print("deleted", !store.containsAlias(args[3]));
        print("versions", versions(keys, args[4]));
        reidentify(keys, args[5]);
      }
      case "expand" -> {
        // Triples of PRK, info and length: each PRK goes into the token, and the token expands it.
        Pkcs11Backend backend = Pkcs11Backend.open(config, pin);
        for (int i = 3, n = 1; i + 2 < args.length; i += 3, n++) {
          String alias = "trygg.rfc5869." + n;
          backend.putPseudorandomKey(alias, HexFormat.of().parseHex(args[i]));
          MasterKey key = backend.read().open(alias, new KeyRef("rfc5869", n), KeyStatus.PRIMARY);
          byte[] okm = key.heldKey().orElseThrow().expand(HexFormat.of().parseHex(args[i + 1]), Integer.parseInt(args[i + 2]));
          print("okm" + n, HexFormat.of().formatHex(okm));
        }
      }
      default -> throw new IllegalArgumentException("no scenario " + scenario);
    }
  }

  static void pseudonyms(KeyProvider keys, String keyId) {
    Pseudonymisation p = Pseudonymisation.builder().keys(keys).build();
    print("versions", versions(keys, keyId));
    print("held", keys.primary(keyId).heldKey().isPresent());
    print("hmac", p.hmac(DOMAIN).pseudonymise(VALUE));
    print("siv", p.siv(DOMAIN).pseudonymise(VALUE));
    print("identityHmac", p.identityHmac(DOMAIN).pseudonymise(PERSONNUMMER));
    print("fpe", p.identityFpe(DOMAIN, FPE).pseudonymise(PERSONNUMMER));
    print("provider", keys);
  }

  static void reidentify(KeyProvider keys, String pseudonym) {
    try {
      print("value", Pseudonymisation.builder().keys(keys).build().reidentifier(DOMAIN, Technique.AES_SIV).reidentify(pseudonym, DPO));
    } catch (KeyException e) {
      print("error", e.reason());
    }
  }

  static String versions(KeyProvider keys, String keyId) {
    List<KeyRef> refs = keys.versions(keyId);
    return refs.stream().map(r -> r.version() + ":" + keys.key(r).status()).collect(Collectors.joining(","));
  }

  @SuppressWarnings("SystemOut")
  static void print(String key, Object value) {
    System.out.println(key + "=" + value);
  }
}
