package io.github.trygg.benchmarks.message;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.message.Channel;
import io.github.trygg.core.message.ConsentBasis;
import io.github.trygg.core.message.ConsentRecord;
import io.github.trygg.core.message.ContentClass;
import io.github.trygg.core.message.Decision;
import io.github.trygg.core.message.MessageContext;
import io.github.trygg.core.message.OrganisationalControl;
import io.github.trygg.core.message.Purpose;
import io.github.trygg.core.message.RecipientKind;
import io.github.trygg.core.message.SecureInfrastructure;
import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.core.Sector;
import io.github.trygg.core.register.TransportProtection;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Secure-message decisions per second on one thread, over 1024 varied contexts (both countries,
 * every channel, consent, controls). Baseline: looking the same decisions up in a HashMap filled
 * beforehand — the floor for any "decision" that is not computed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RuleDecisionBenchmark {
  static final int CONTEXTS = 1024;

  SecureMessageRules rules;
  MessageContext[] contexts;
  Map<MessageContext, Decision> memo;
  int next;

  @Setup
  public void setUp() {
    rules = SecureMessageRules.bundled();
    SplittableRandom r = new SplittableRandom(20261125L);
    contexts = new MessageContext[CONTEXTS];
    memo = new HashMap<>();
    for (int i = 0; i < CONTEXTS; i++) {
      contexts[i] = randomContext(r);
      memo.put(contexts[i], rules.evaluate(contexts[i]));
    }
  }

  @Benchmark
  public Decision evaluate() {
    return rules.evaluate(contexts[next++ & (CONTEXTS - 1)]);
  }

  @Benchmark
  public Decision baselineHashMapLookup() {
    return memo.get(contexts[next++ & (CONTEXTS - 1)]);
  }

  static MessageContext randomContext(SplittableRandom r) {
    Jurisdiction j = Jurisdiction.values()[r.nextInt(2)];
    RecipientKind kind = RecipientKind.values()[r.nextInt(2)];
    Channel channel = Channel.values()[r.nextInt(Channel.values().length)];
    MessageContext.Builder b = MessageContext.builder().jurisdiction(j).sector(Sector.values()[r.nextInt(3)]).recipientKind(kind)
        .declaredContent(ContentClass.values()[r.nextInt(4)]).purpose(Purpose.values()[r.nextInt(2)])
        .recipientAssurance(AssuranceLevel.values()[r.nextInt(4)]).recipientOptedOut(r.nextInt(5) == 0).transport(TransportProtection.values()[r.nextInt(3)]);
    List<SecureInfrastructure> fitting = Arrays.stream(SecureInfrastructure.values()).filter(x -> x.jurisdiction() == j && x.serves(kind)).toList();
    if (channel == Channel.SECURE_INFRASTRUCTURE) {
      b.channel(channel).infrastructure(fitting.get(r.nextInt(fitting.size())));
    } else {
      b.channel(channel);
    }
    if (r.nextBoolean()) {
      b.consent(ConsentRecord.of(ConsentBasis.values()[r.nextInt(4)]));
    }
    EnumSet<OrganisationalControl> controls = EnumSet.noneOf(OrganisationalControl.class);
    for (OrganisationalControl c : OrganisationalControl.values()) {
      if (r.nextBoolean()) {
        controls.add(c);
      }
    }
    return b.controls(controls).build();
  }
}
