package io.github.trygg.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.KeyStatus;
import io.github.trygg.crypto.pseudonym.MasterKey;
import io.github.trygg.dsr.audit.SubjectPseudonymiser;
import io.github.trygg.dsr.cases.Requests;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.FilteredClassLoader;

/** The Actuator health indicator {@code trygg}: keys usable, store open, DSR requests overdue. */
class TryggHealthTest {
  @TempDir Path dir;

  private List<String> keysAndDesk() {
    // The desk's key file holds the record policy's key too.
    List<String> p = new ArrayList<>(Fixtures.journalDesk(dir));
    p.add("trygg.pseudonymisation.policy=" + Fixtures.POLICY);
    p.add("trygg.dsr.count-interval=0s");
    return p;
  }

  @Test
  void upWhenTheKeysCanBeUsedAndTheStoreIsOpen() {
    Starter.runner().withPropertyValues(keysAndDesk().toArray(String[]::new)).run(context -> {
      Starter.Health health = Starter.health(context);
      assertThat(health.status()).isEqualTo("UP");
      assertThat(health.detail("keys")).containsEntry("source", "key-file");
      // The record policy's key and the DSR desk's two.
      assertThat(health.detail("keys").get("checked")).isEqualTo(Map.of(Fixtures.KEY_ID, "usable (primary version 1)",
          Fixtures.SUBJECT_KEY_ID, "usable (primary version 1)", Fixtures.IDENTIFIER_KEY_ID, "usable (primary version 1)"));
      assertThat(health.details()).containsEntry("dsrStore", "open");
      assertThat(health.detail("dsr")).containsEntry("requestsOpen", 0L).containsEntry("requestsOverdue", 0L);
      assertThat(health.details().get("secureMessageRules").toString()).startsWith("trygg-secure-messaging-se-no ");
    });
  }

  @Test
  void downWhenAKeyTheApplicationNeedsIsUnknown() {
    Starter.runner().withPropertyValues("trygg.keys.key-file=" + Fixtures.keyFile(dir), "trygg.keys.ids=" + Fixtures.KEY_ID + ",archive")
        .run(context -> {
          Starter.Health health = Starter.health(context);
          assertThat(health.status()).isEqualTo("DOWN");
          assertThat(health.detail("keys").get("checked"))
              .isEqualTo(Map.of(Fixtures.KEY_ID, "usable (primary version 1)", "archive", "unusable (UNKNOWN_KEY)"));
        });
  }

  @Test
  void theDesksKeysAreCheckedOnlyWhenTheStarterMadeTheBeansThatUseThem() {
    // The application's own pseudonymiser and store keep their keys elsewhere: the key ids in the
    // properties are not theirs, and probing them in the key provider would report a false DOWN.
    KeyProvider own = KeyProvider.of(List.of(MasterKey.generate(new KeyRef("own-subjects", 1), KeyStatus.PRIMARY, Fixtures.RANDOM)));
    List<String> properties = Fixtures.without(Fixtures.journalDesk(dir), "trygg.dsr.journal=");
    properties.add("trygg.keys.ids=" + Fixtures.KEY_ID);
    Starter.runner().withBean(SubjectPseudonymiser.class, () -> SubjectPseudonymiser.of(own, "own-subjects"))
        .withBean(DsrStore.class, () -> DsrStores.fileJournal(dir.resolve("own.journal")))
        .withPropertyValues(properties.toArray(String[]::new)).run(context -> {
          Starter.Health health = Starter.health(context);
          assertThat(health.status()).isEqualTo("UP");
          assertThat(health.detail("keys").get("checked")).isEqualTo(Map.of(Fixtures.KEY_ID, "usable (primary version 1)"));
        });
  }

  @Test
  void downWhenTheKeyFileIsGoneAfterTheStart() throws Exception {
    Path keyFile = Fixtures.keyFile(dir);
    Starter.runner().withPropertyValues("trygg.keys.key-file=" + keyFile).run(context -> {
      assertThat(Starter.health(context).status()).isEqualTo("UP");
      Files.delete(keyFile);
      Starter.Health health = Starter.health(context);
      assertThat(health.status()).isEqualTo("DOWN");
      assertThat(health.detail("keys")).containsEntry("file", "unreadable");
    });
  }

  @Test
  void downWhenTheStoreCannotBeRead() {
    // PostgreSQL that stops answering: the DataSource the application gave refuses connections.
    DataSource server = PostgresServer.shared().dataSource();
    AtomicBoolean reachable = new AtomicBoolean(true);
    DataSource switchable = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
      if (method.getName().equals("getConnection") && !reachable.get()) {
        throw new SQLException("connection refused (test)");
      }
      try {
        return method.invoke(server, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
    List<String> properties = new ArrayList<>(Fixtures.journalDesk(dir));
    properties.removeIf(p -> p.startsWith("trygg.dsr.journal="));
    properties.add("trygg.dsr.store=postgres");
    properties.add("trygg.dsr.schema=health_" + Long.toHexString(Fixtures.RANDOM.nextLong() & Long.MAX_VALUE));
    properties.add("trygg.dsr.count-interval=0s");
    Starter.runner().withBean(DataSource.class, () -> switchable).withPropertyValues(properties.toArray(String[]::new)).run(context -> {
      assertThat(Starter.health(context).status()).isEqualTo("UP");
      reachable.set(false);
      Starter.Health health = Starter.health(context);
      assertThat(health.status()).isEqualTo("DOWN");
      assertThat(health.details().get("dsrStore").toString()).startsWith("unreadable (");
      reachable.set(true);
      assertThat(Starter.health(context).status()).isEqualTo("UP");
    });
  }

  @Test
  void overdueRequestsAreCountedAndKeepTheApplicationUpUnlessToldOtherwise() throws Exception {
    MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    for (String status : List.of("UP", "OUT_OF_SERVICE")) {
      List<String> properties = new ArrayList<>(Fixtures.journalDesk(Files.createDirectories(dir.resolve(status))));
      properties.add("trygg.dsr.count-interval=0s");
      if (!status.equals("UP")) {
        properties.add("trygg.health.overdue-status=" + status);
      }
      clock.now = Instant.parse("2026-03-02T09:00:00Z");
      Starter.runner().withBean(Clock.class, () -> clock).withPropertyValues(properties.toArray(String[]::new)).run(context -> {
        context.getBean(Requests.class).receive(Fixtures.accessRequest(Fixtures.childNumber(), clock.instant()), "starter-test");
        Starter.Health before = Starter.health(context);
        assertThat(before.status()).isEqualTo("UP");
        assertThat(before.detail("dsr")).containsEntry("requestsOpen", 1L).containsEntry("requestsOverdue", 0L);

        clock.now = clock.now.plus(Duration.ofDays(60));
        Starter.Health after = Starter.health(context);
        assertThat(after.status()).isEqualTo(status);
        assertThat(after.detail("dsr")).containsEntry("requestsOpen", 1L).containsEntry("requestsOverdue", 1L).containsKey("oldestOverdueDue");
      });
    }
  }

  @Test
  void theDetailsHoldNoKeyMaterialAndNoPassword() {
    Path keyFile = Fixtures.keyFile(dir);
    String material = MisconfigurationTest.material(keyFile);
    Starter.runner().withPropertyValues("trygg.keys.key-file=" + keyFile, "trygg.keys.ids=" + Fixtures.KEY_ID).run(context ->
        assertThat(Starter.health(context).details().toString()).doesNotContain(material));
    Starter.runner().withPropertyValues("trygg.keys.pkcs12=" + Fixtures.pkcs12(dir), "trygg.keys.password=" + Fixtures.PASSWORD,
        "trygg.keys.ids=" + Fixtures.KEY_ID).run(context -> {
          Starter.Health health = Starter.health(context);
          assertThat(health.status()).isEqualTo("UP");
          assertThat(health.details().toString()).doesNotContain(Fixtures.PASSWORD).contains("key-store");
        });
  }

  @Test
  void offWhenManagementSaysSo() {
    Starter.runner().withPropertyValues("management.health.trygg.enabled=false").run(context ->
        assertThat(context).hasNotFailed().doesNotHaveBean(Starter.HEALTH_INDICATOR));
    Starter.runner().run(context -> assertThat(context).hasBean(Starter.HEALTH_INDICATOR));
  }

  @Test
  void absentWithoutActuatorWhileEverythingElseWorks() {
    Starter.runner().withClassLoader(new FilteredClassLoader(Starter.healthApiPackages()))
        .withPropertyValues(Fixtures.journalDesk(dir).toArray(String[]::new)).run(context ->
            assertThat(context).hasNotFailed().doesNotHaveBean(Starter.HEALTH_INDICATOR).hasSingleBean(Requests.class));
  }

  @Test
  void theApplicationsOwnIndicatorCalledTryggWins() {
    Object own = new Object();
    Starter.runner().withBean(Starter.HEALTH_INDICATOR, Object.class, () -> own).run(context ->
        assertThat(context.getBean(Starter.HEALTH_INDICATOR)).isSameAs(own));
  }

  /** A clock the test moves forward. */
  static final class MovableClock extends Clock {
    volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
