package io.github.trygg.core.message;

import io.github.trygg.core.Sector;
import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.register.TransportProtection;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generator of valid message contexts for property tests: {@code -Dtrygg.seed=N} replays a
 * run; otherwise a fresh seed, which every failure message prints.
 */
final class RandomContexts {
  private RandomContexts() {}

  static long seed() {
    String given = System.getProperty("trygg.seed", "");
    return given.isBlank() ? new SplittableRandom().nextLong() : Long.parseLong(given.trim());
  }

  static <E> E pick(SplittableRandom r, E[] values) {
    return values[r.nextInt(values.length)];
  }

  static MessageContext next(SplittableRandom r) {
    Jurisdiction j = pick(r, Jurisdiction.values());
    RecipientKind kind = pick(r, RecipientKind.values());
    Channel channel = pick(r, Channel.values());
    MessageContext.Builder b = MessageContext.builder().jurisdiction(j).sector(pick(r, Sector.values())).recipientKind(kind);
    if (channel == Channel.SECURE_INFRASTRUCTURE) {
      List<SecureInfrastructure> fitting = Arrays.stream(SecureInfrastructure.values()).filter(i -> i.jurisdiction() == j && i.serves(kind)).toList();
      b.channel(channel).infrastructure(fitting.get(r.nextInt(fitting.size())));
    } else {
      b.channel(channel);
    }
    b.declaredContent(pick(r, ContentClass.values()))
        .purpose(pick(r, Purpose.values()))
        .transport(pick(r, TransportProtection.values()))
        .recipientAssurance(pick(r, AssuranceLevel.values()))
        .recipientOptedOut(r.nextInt(5) == 0);
    if (r.nextBoolean()) {
      ConsentRecord.Builder c = ConsentRecord.builder().basis(pick(r, ConsentBasis.values()));
      if (r.nextInt(4) == 0) {
        c.addChannels(pick(r, Channel.values()));
      }
      b.consent(c.build());
    }
    EnumSet<OrganisationalControl> controls = EnumSet.noneOf(OrganisationalControl.class);
    for (OrganisationalControl oc : OrganisationalControl.values()) {
      if (r.nextInt(3) > 0) {
        controls.add(oc);
      }
    }
    b.controls(controls);
    if (r.nextInt(4) == 0) {
      b.addKnownContent(pick(r, ContentHitKind.values()));
    }
    return b.build();
  }
}
