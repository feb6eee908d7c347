package io.github.trygg.core.message;

import static io.github.trygg.core.AssuranceLevel.HIGH;
import static io.github.trygg.core.AssuranceLevel.LOW;
import static io.github.trygg.core.AssuranceLevel.NONE;
import static io.github.trygg.core.AssuranceLevel.SUBSTANTIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.trygg.core.AssuranceLevel;
import org.junit.jupiter.api.Test;

/** Swedish tillitsnivåer, ID-porten levels and eIDAS names onto one scale (DIGG, Prop. 71 LS). */
class AssuranceMappingTest {
  @Test
  void swedishTillitsnivaer() {
    assertEquals(LOW, AssuranceLevel.fromSwedishTillitsniva(1));
    assertEquals(LOW, AssuranceLevel.fromSwedishTillitsniva(2));
    assertEquals(SUBSTANTIAL, AssuranceLevel.fromSwedishTillitsniva(3));
    assertEquals(HIGH, AssuranceLevel.fromSwedishTillitsniva(4));
    assertThrows(IllegalArgumentException.class, () -> AssuranceLevel.fromSwedishTillitsniva(5));
  }

  @Test
  void idPortenLevels() {
    assertEquals(NONE, AssuranceLevel.fromIdPortenLevel(1));
    assertEquals(LOW, AssuranceLevel.fromIdPortenLevel(2));
    assertEquals(SUBSTANTIAL, AssuranceLevel.fromIdPortenLevel(3));
    assertEquals(HIGH, AssuranceLevel.fromIdPortenLevel(4));
    assertThrows(IllegalArgumentException.class, () -> AssuranceLevel.fromIdPortenLevel(0));
  }

  @Test
  void eidasNamesAndUris() {
    assertEquals(LOW, AssuranceLevel.fromEidas("low"));
    assertEquals(SUBSTANTIAL, AssuranceLevel.fromEidas("http://eidas.europa.eu/LoA/substantial"));
    assertEquals(SUBSTANTIAL, AssuranceLevel.fromEidas("Väsentlig"));
    assertEquals(HIGH, AssuranceLevel.fromEidas("høy"));
    assertThrows(IllegalArgumentException.class, () -> AssuranceLevel.fromEidas("medium"));
  }

  @Test
  void theMappingDecidesThePortalRows() {
    MessageContext.Builder portal = DecisionTableTest.seCare().channel(Channel.WEB_PORTAL).declaredContent(ContentClass.SENSITIVE)
        .transport(io.github.trygg.core.register.TransportProtection.TLS);
    assertEquals("SE-08", DecisionTableTest.RULES.evaluate(portal.recipientAssurance(AssuranceLevel.fromSwedishTillitsniva(2)).build()).ruleId());
    assertEquals("SE-07", DecisionTableTest.RULES.evaluate(portal.recipientAssurance(AssuranceLevel.fromSwedishTillitsniva(3)).build()).ruleId());
    MessageContext.Builder no = DecisionTableTest.noCare().channel(Channel.WEB_PORTAL).declaredContent(ContentClass.SENSITIVE)
        .transport(io.github.trygg.core.register.TransportProtection.TLS);
    assertEquals("NO-17", DecisionTableTest.RULES.evaluate(no.recipientAssurance(AssuranceLevel.fromIdPortenLevel(3)).build()).ruleId());
    assertEquals("NO-16", DecisionTableTest.RULES.evaluate(no.recipientAssurance(AssuranceLevel.fromIdPortenLevel(4)).build()).ruleId());
  }
}
