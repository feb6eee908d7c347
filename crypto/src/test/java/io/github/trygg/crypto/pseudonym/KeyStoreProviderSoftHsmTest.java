package io.github.trygg.crypto.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.crypto.vectors.Vectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link KeyStoreProvider} over a real PKCS#11 token, SoftHSM2: the master key stays in the token,
 * HKDF-Expand runs there, and the derivation equals the key file's. Each test initialises its own
 * token; see {@link SoftHsm} for why the token side runs in child JVMs.
 */
class KeyStoreProviderSoftHsmTest {
  static final char[] PASSWORD = "correct horse battery".toCharArray();

  @TempDir Path dir;

  @BeforeAll
  static void requireSoftHsm() {
    SoftHsm.requireInstalled();
  }

  /** One secret-key object as pkcs11-tool lists it: label, usage and access lines. */
  record TokenObject(String label, String usage, String access) {}

  static final Pattern OBJECT = Pattern.compile(
      "Secret Key Object;[^\\n]*\\n\\s*label:\\s*(\\S+)\\n(?:\\s*ID:[^\\n]*\\n)?\\s*Usage:\\s*([^\\n]*)\\n\\s*Access:\\s*([^\\n]*)");

  static List<TokenObject> objects(SoftHsm.Token token) throws Exception {
    SoftHsm.Result r = token.pkcs11Tool("--list-objects", "--type", "secrkey");
    assertEquals(0, r.exit(), r.output() + r.errors());
    List<TokenObject> objects = new ArrayList<>();
    Matcher m = OBJECT.matcher(r.output());
    while (m.find()) {
      objects.add(new TokenObject(m.group(1), m.group(2).strip(), m.group(3).strip()));
    }
    return objects;
  }

  static TokenObject object(SoftHsm.Token token, String label) throws Exception {
    List<TokenObject> all = objects(token);
    return all.stream().filter(o -> o.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no object " + label + " in " + all));
  }

  static List<String> labels(SoftHsm.Token token) throws Exception {
    return objects(token).stream().map(TokenObject::label).sorted().toList();
  }

  @Test
  void aMasterKeyGeneratedInTheTokenIsSensitiveAndNeverExtractable() throws Exception {
    SoftHsm.Token token = SoftHsm.initToken(dir);
    Map<String, String> made = token.run("rotate", "export");
    assertEquals("1", made.get("version"));
    assertEquals("true", made.get("held"));
    assertEquals("256", made.get("bits"));
    assertEquals("MasterKey[export v1, PRIMARY, 256 bits, in token]", made.get("key"));
    assertEquals("NOT_EXPORTABLE", made.get("export"));
    assertEquals("KeyStoreProvider[PKCS#11 SunPKCS11-trygg-test, 1 versions]", made.get("provider"));

    // What the token itself says, read by OpenSC rather than by the JDK.
    TokenObject key = object(token, "trygg.export.1");
    assertEquals("sensitive, always sensitive, never extractable, local", key.access());
    // pkcs11-tool lists encrypt, decrypt, verify, wrap, unwrap and derive for a secret key (not
    // sign): the key can do none of them. That it signs, which HMAC needs, the pseudonyms show.
    assertEquals("none", key.usage());
    SoftHsm.Result read = token.pkcs11Tool("--read-object", "--type", "secrkey", "--label", "trygg.export.1");
    assertNotEquals(0, read.exit(), "the token let pkcs11-tool read the key: " + read.output());
    assertTrue((read.output() + read.errors()).contains("CKR_ATTRIBUTE_SENSITIVE"), read.output() + read.errors());

    // The key stays in the token between processes: a second JVM derives the same pseudonyms.
    Map<String, String> again = token.run("pseudonymise", "export");
    for (String technique : List.of("hmac", "siv", "identityHmac", "fpe")) {
      assertEquals(made.get(technique), again.get(technique), technique);
    }
    assertTrue(again.get("siv").startsWith("export.1."), again.get("siv"));
    assertEquals(VALUE, token.run("reidentify", made.get("siv")).get("value"));
  }

  static final String VALUE = SoftHsmChild.VALUE;

  @Test
  void theSameMasterKeyGivesTheSamePseudonymsInAKeyFileAPkcs12StoreAndTheToken() throws Exception {
    Path keyFile = dir.resolve("keys.json");
    KeyFileProvider.create(keyFile, "export");
    KeyFileProvider.rotate(keyFile, "export");
    KeyFileProvider fromFile = KeyFileProvider.open(keyFile);
    Path p12 = dir.resolve("keys.p12");
    KeyStoreProvider pkcs12 = KeyStoreProvider.createPkcs12(p12, PASSWORD, "unrelated");
    KeyExport permit = KeyExport.permit("copy the test key into the PKCS#12 store");
    fromFile.versions("export").forEach(r -> pkcs12.importKey(fromFile.key(r), permit));
    Pseudonymisation a = Pseudonymisation.builder().keys(fromFile).build();
    Pseudonymisation b = Pseudonymisation.builder().keys(pkcs12).build();
    String madeWithV1 = Pseudonymisation.builder()
        .keys(KeyProvider.of(List.of(fromFile.key(new KeyRef("export", 1)).withStatus(KeyStatus.PRIMARY)))).build()
        .siv(SoftHsmChild.DOMAIN).pseudonymise(VALUE);

    SoftHsm.Token token = SoftHsm.initToken(dir.resolve("hsm"));
    Map<String, String> inToken = token.run("import", keyFile.toString(), "export");
    assertEquals("export v1,export v2", inToken.get("imported"));
    assertEquals("1:ENABLED,2:PRIMARY", inToken.get("versions"));
    assertEquals("true", inToken.get("held"));
    for (Pseudonymisation p : List.of(a, b)) {
      assertEquals(p.hmac(SoftHsmChild.DOMAIN).pseudonymise(VALUE), inToken.get("hmac"));
      assertEquals(p.siv(SoftHsmChild.DOMAIN).pseudonymise(VALUE), inToken.get("siv"));
      assertEquals(p.identityHmac(SoftHsmChild.DOMAIN).pseudonymise(SoftHsmChild.PERSONNUMMER), inToken.get("identityHmac"));
      assertEquals(p.identityFpe(SoftHsmChild.DOMAIN, SoftHsmChild.FPE).pseudonymise(SoftHsmChild.PERSONNUMMER), inToken.get("fpe"));
    }
    assertTrue(inToken.get("siv").startsWith("export.2."), inToken.get("siv"));
    // What the key file made with the earlier version, the token reads.
    assertEquals(VALUE, token.run("reidentify", madeWithV1).get("value"));

    // In the token is the HKDF pseudorandom key, sensitive and not extractable, never the master key.
    for (String label : List.of("trygg.export.1", "trygg.export.2")) {
      TokenObject o = object(token, label);
      assertTrue(o.access().startsWith("sensitive"), o.toString());
      assertFalse(o.access().replace("never extractable", "").contains("extractable"), o.toString());
    }
  }

  @Test
  void hkdfExpandInsideTheTokenGivesTheRfc5869Vectors() throws Exception {
    SoftHsm.Token token = SoftHsm.initToken(dir);
    List<SourceObject> tests = Vectors.tests("rfc5869-hkdf-sha256.json");
    List<String> args = new ArrayList<>();
    for (SourceObject test : tests) {
      args.addAll(List.of(Vectors.string(test, "prk"), Vectors.string(test, "info"), Long.toString(Vectors.number(test, "length"))));
    }
    Map<String, String> out = token.run("expand", args.toArray(String[]::new));
    assertEquals(3, tests.size());
    for (int i = 0; i < tests.size(); i++) {
      assertEquals(Vectors.string(tests.get(i), "okm"), out.get("okm" + (i + 1)), Vectors.label(tests.get(i)));
    }
  }

  @Test
  void rotationAddsAPrimaryAndEarlierVersionsStayReadable() throws Exception {
    SoftHsm.Token token = SoftHsm.initToken(dir);
    Map<String, String> first = token.run("rotate", "export");
    Map<String, String> second = token.run("rotate", "export");
    assertEquals("2", second.get("version"));
    assertEquals("1:ENABLED,2:PRIMARY", second.get("versions"));
    assertTrue(second.get("siv").startsWith("export.2."), second.get("siv"));
    assertNotEquals(first.get("hmac").substring(9), second.get("hmac").substring(9), "versions must not link");
    assertEquals(VALUE, token.run("reidentify", first.get("siv")).get("value"));
    assertEquals(VALUE, token.run("reidentify", second.get("siv")).get("value"));
    assertEquals(List.of("trygg.export.1", "trygg.export.2"), labels(token));
  }

  @Test
  void aDestroyedVersionIsReportedDestroyed() throws Exception {
    SoftHsm.Token token = SoftHsm.initToken(dir);
    String v1 = token.run("rotate", "export").get("siv");
    String v2 = token.run("rotate", "export").get("siv");
    String v3 = token.run("rotate", "export").get("siv");
    token.run("rotate", "export");

    // Through the provider: the object is destroyed and a marker records that it existed.
    Map<String, String> destroyed = token.run("destroy", "export", "2");
    assertEquals("DESTROYED", destroyed.get("status"));
    assertEquals("1:ENABLED,2:DESTROYED,3:ENABLED,4:PRIMARY", destroyed.get("versions"));
    assertEquals(List.of("trygg.export.1", "trygg.export.2.destroyed", "trygg.export.3", "trygg.export.4"), labels(token));
    assertEquals("DESTROYED", token.run("reidentify", v2).get("error"));
    assertEquals(VALUE, token.run("reidentify", v1).get("value"));

    // By hand, with the token's own tools: a version missing below the newest is destroyed too.
    SoftHsm.Result deleted = token.pkcs11Tool("--delete-object", "--type", "secrkey", "--label", "trygg.export.1");
    assertEquals(0, deleted.exit(), deleted.output() + deleted.errors());
    assertEquals("DESTROYED", token.run("reidentify", v1).get("error"));
    assertEquals("1:DESTROYED,2:DESTROYED,3:ENABLED,4:PRIMARY", token.run("pseudonymise", "export").get("versions"));

    // Deleted while a provider holds it: the provider still lists it, but using it reports it destroyed.
    assertEquals(VALUE, token.run("reidentify", v3).get("value"));
    Map<String, String> stale = token.run("stale", "trygg.export.3", "export", v3);
    assertEquals("true", stale.get("deleted"));
    assertEquals("1:DESTROYED,2:DESTROYED,3:ENABLED,4:PRIMARY", stale.get("versions"));
    assertEquals("DESTROYED", stale.get("error"));

    // With the newest version destroyed, there is no primary until a rotation: no silent return to
    // an earlier version, and no version number used twice.
    Map<String, String> noPrimary = token.run("destroy", "export", "4");
    assertEquals("NO_PRIMARY", noPrimary.get("primary"));
    assertEquals("1:DESTROYED,2:DESTROYED,3:DESTROYED,4:DESTROYED", noPrimary.get("versions"));
    assertEquals("5", token.run("rotate", "export").get("version"));
  }

  @Test
  void aWrongPinAndAMissingLibraryAreTypedErrors() throws Exception {
    SoftHsm.Token token = SoftHsm.initToken(dir);
    token.run("rotate", "export");
    Map<String, String> refused = token.runAs(token.config(), "0000-wrong-pin", "open");
    assertEquals("LOGIN_REFUSED SunPKCS11-trygg-test", refused.get("error"));
    assertEquals("SunPKCS11-trygg-test: the password or PIN was refused", refused.get("message"));
    Path missing = dir.resolve("missing-library.cfg");
    Files.writeString(missing, "name = nowhere\nlibrary = " + dir.resolve("no-such-pkcs11.so") + "\nslot = 0\n");
    assertEquals("TOKEN_UNAVAILABLE missing-library.cfg", token.runAs(missing, SoftHsm.PIN, "open").get("error"));
  }

  @Test
  void aKeyMadeWithPkcs11ToolAsTheGuideShowsIsUsedInPlace() throws Exception {
    SoftHsm.Token token = SoftHsm.initToken(dir);
    // docs/pseudonymisation.md: the command an HSM administrator runs to create version 1.
    SoftHsm.Result made = token.pkcs11Tool("--keygen", "--key-type", "GENERIC:32", "--label", "trygg.export.1",
        "--sensitive", "--private", "--usage-sign");
    assertEquals(0, made.exit(), made.output() + made.errors());
    assertFalse(object(token, "trygg.export.1").access().replace("never extractable", "").contains("extractable"));
    Map<String, String> used = token.run("pseudonymise", "export");
    assertEquals("1:PRIMARY", used.get("versions"));
    assertEquals("true", used.get("held"));
    assertEquals(VALUE, token.run("reidentify", used.get("siv")).get("value"));
  }
}
