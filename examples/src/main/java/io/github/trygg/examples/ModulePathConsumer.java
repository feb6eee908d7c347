package io.github.trygg.examples;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Language;
import io.github.trygg.core.TryggException;
import io.github.trygg.core.message.Channel;
import io.github.trygg.core.message.ContentClass;
import io.github.trygg.core.message.Decision;
import io.github.trygg.core.message.MessageContext;
import io.github.trygg.core.message.RecipientKind;
import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.core.Sector;
import io.github.trygg.crypto.CryptoException;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import io.github.trygg.dsr.DsrException;
import io.github.trygg.dsr.deadline.WorkingDayCalendar;
import java.util.List;

/**
 * A consumer that runs on the module path: it touches each published module through its exported
 * API only and prints the module each class came from.
 */
public final class ModulePathConsumer {
  private ModulePathConsumer() {}

  public static void main(String[] args) {
    List<Class<?>> used = List.of(Language.class, CryptoException.class, DsrException.class, TryggException.class, SecureMessageRules.class,
        SecureEnvelopes.class, RecordPseudonymiser.class);
    for (Class<?> type : used) {
      Module module = type.getModule();
      if (!module.isNamed()) {
        throw new IllegalStateException(type.getName() + " is not in a named module");
      }
      System.out.println(type.getSimpleName() + " from " + module.getName());
    }
    // Data files load from inside the named modules: the shipped rule table and holiday calendar.
    Decision d = SecureMessageRules.bundled().evaluate(MessageContext.builder().jurisdiction(Jurisdiction.SWEDEN).sector(Sector.HEALTHCARE)
        .recipientKind(RecipientKind.INDIVIDUAL).channel(Channel.EMAIL).declaredContent(ContentClass.SENSITIVE).build());
    System.out.println("unencrypted e-mail with health data: " + d.verdict() + " (" + d.ruleId() + ")");
    System.out.println("Swedish deadlines in " + WorkingDayCalendar.bundled(Jurisdiction.SWEDEN).zone());
    System.out.println("examples module: " + ModulePathConsumer.class.getModule().getName());
  }
}
