package io.github.trygg.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No password, PIN or key material in the toString of any bean the starter makes, or of its properties. */
class SecretsTest {
  @TempDir Path dir;

  @Test
  void noBeanShowsAPasswordOrKeyMaterial() throws Exception {
    // The desk's keys in the PKCS#12 store with the record policy's.
    Path pkcs12 = Fixtures.pkcs12(dir);
    List<String> p = Fixtures.without(Fixtures.journalDesk(dir), "trygg.keys.key-file=");
    p.add("trygg.keys.pkcs12=" + pkcs12);
    p.add("trygg.keys.password=" + Fixtures.PASSWORD);
    p.add("trygg.pseudonymisation.policy=" + Fixtures.POLICY);
    p.add("trygg.sealing.trust-anchors=" + new Fixtures.Pki().caPem(dir));
    List<String> secrets = new ArrayList<>(List.of(Fixtures.PASSWORD));
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(pkcs12)) {
      store.load(in, Fixtures.PASSWORD.toCharArray());
    }
    for (String alias : Collections.list(store.aliases())) {
      byte[] bytes = store.getKey(alias, Fixtures.PASSWORD.toCharArray()).getEncoded();
      secrets.add(HexFormat.of().formatHex(bytes));
      secrets.add(Base64.getEncoder().encodeToString(bytes));
      secrets.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
    assertThat(store.size()).as("the record policy's key and the desk's two").isEqualTo(3);
    Starter.runner().withConfiguration(Starter.metrics()).withPropertyValues(p.toArray(String[]::new)).run(context -> {
      assertThat(context).hasNotFailed();
      int checked = 0;
      for (String name : context.getBeanDefinitionNames()) {
        Object bean = context.getBean(name);
        if (!bean.getClass().getName().startsWith("io.github.trygg.")) {
          continue;
        }
        checked++;
        String text = bean.toString();
        secrets.forEach(s -> assertThat(text).as(name).doesNotContain(s));
      }
      // Rules, detector, propagation, register, keys, pseudonymisation, policy, records, envelopes,
      // sender, messages, store, desk and its services, the desk's keys, census, meters, properties.
      assertThat(checked).isGreaterThanOrEqualTo(20);
      TryggProperties properties = context.getBean(TryggProperties.class);
      assertThat(properties.getKeys().getPassword()).as("the test configured a password").isEqualTo(Fixtures.PASSWORD);
      assertThat(properties.toString() + properties.getKeys()).doesNotContain(Fixtures.PASSWORD);
    });
  }
}
