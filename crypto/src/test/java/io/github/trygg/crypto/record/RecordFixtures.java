package io.github.trygg.crypto.record;

import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.crypto.pseudonym.InMemoryTokenVault;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.KeyStatus;
import io.github.trygg.crypto.pseudonym.MasterKey;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.ReidentificationEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Keys, clock and generated identity numbers for the record tests; nothing real. */
final class RecordFixtures {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private RecordFixtures() {}

  static KeyProvider keys() {
    byte[] material = new byte[32];
    Arrays.fill(material, (byte) 0x42);
    return KeyProvider.of(List.of(MasterKey.of(new KeyRef("export", 1), KeyStatus.PRIMARY, material)));
  }

  static Pseudonymisation pseudonymisation(InMemoryTokenVault vault, List<ReidentificationEvent> events) {
    return Pseudonymisation.builder().keys(keys()).vault(vault).clock(CLOCK).audit(events::add).build();
  }

  static IdentityNumber swedish(int year, int month, int day, int serial) {
    return IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(year, month, day), serial);
  }
}
