package io.github.trygg.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.spark.internal.PolicyCopy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What travels to executors: a description of where the keys are, and the policy as data. */
class ExecutorKeysTest {
  @TempDir
  Path dir;

  static byte[] serialize(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  static Object deserialize(byte[] b) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
      return in.readObject();
    }
  }

  @Test
  void aKeyFileTravelsAsItsPathAndOpensWhereItLands() throws Exception {
    Path file = Fixtures.keyFile(dir);
    byte[] travelled = serialize(ExecutorKeys.keyFile(file.toString()));
    for (byte[] secret : KeyHandlingTest.secrets(file)) {
      assertFalse(KeyHandlingTest.contains(travelled, secret));
    }
    KeyProvider opened = ((ExecutorKeys) deserialize(travelled)).open();
    assertEquals(new KeyRef("export", 1), opened.primary("export").ref());
  }

  @Test
  void aVariableThatNamesNoFileSaysWhichVariable() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ExecutorKeys.keyFileNamedBy("TRYGG_TEST_UNSET_VARIABLE").open());
    assertTrue(e.getMessage().contains("TRYGG_TEST_UNSET_VARIABLE"));
  }

  @Test
  void thePolicyIsRebuiltAsItWasRead() throws Exception {
    for (String yaml : new String[] {Fixtures.POLICY, NestedTest.POLICY,
        Fixtures.POLICY.replace("acknowledgeRealPersonRisk: true}", "acknowledgeRealPersonRisk: true, keyVersion: 2, earliestBirthDate: 1900-01-01}")}) {
      RecordPolicy policy = Fixtures.policy(yaml);
      PolicyCopy copy = (PolicyCopy) deserialize(serialize(PolicyCopy.of(policy)));
      assertEquals(policy, copy.policy());
    }
    assertArrayEquals(serialize(PolicyCopy.of(Fixtures.policy())), serialize(PolicyCopy.of(Fixtures.policy())));
  }
}
