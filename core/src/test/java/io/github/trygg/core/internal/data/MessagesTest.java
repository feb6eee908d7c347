package io.github.trygg.core.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void everyLanguageHasTheSameKeys() {
    Set<String> english = Messages.keys().get(Language.ENGLISH);
    assertFalse(english.isEmpty());
    for (Language language : Language.values()) {
      assertEquals(english, Messages.keys().get(language), "keys of messages_" + language.tag());
    }
  }

  @Test
  void everyPatternFormatsInEveryLanguage() {
    for (Language language : Language.values()) {
      for (String key : Messages.keys().get(language)) {
        String text = Messages.format(language, key, "a", "b", "c", "d", "e", "f", "g");
        assertFalse(text.contains("{"), key + " in " + language + " left a placeholder: " + text);
      }
    }
  }

  @Test
  void localizedArgumentsFollowTheMessageLanguage() {
    LocalizedText answer = new LocalizedText("Ja", "Ja", "Yes");
    LocalizedText text = Messages.text("questionnaire.reason", new LocalizedText("Fråga", "Spørsmål", "Question"), answer);
    assertTrue(text.sv().contains("Fråga") && text.sv().contains("Ja"), text.sv());
    assertTrue(text.nb().contains("Spørsmål"), text.nb());
    assertTrue(text.en().contains("Question") && text.en().contains("Yes"), text.en());
  }

  @Test
  void anUnknownKeyIsAnError() {
    assertThrows(IllegalStateException.class, () -> Messages.text("no.such.key"));
  }
}
