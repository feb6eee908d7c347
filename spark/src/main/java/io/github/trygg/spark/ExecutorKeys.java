package io.github.trygg.spark;

import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How an executor opens the {@link KeyProvider} itself. Only this description travels with a job —
 * a path, a variable's name, a KMS key's id — never key material: every executor reads its keys
 * from a secret the cluster gives it out of band (a mounted secret volume, a file the node's
 * configuration management placed, a token per node), and the driver opens the same once to check
 * the policy's key ids before any task starts.
 *
 * <p>An implementation must be serializable and must hold no key bytes: a {@link KeyProvider} or
 * {@code MasterKey} captured by a lambda is not serializable and fails the job when it is built.
 * Executors open it once per job and JVM and keep what it returned for that job.
 *
 * <pre>{@code
 * ExecutorKeys keys = ExecutorKeys.keyFile("/run/secrets/trygg/keys.json");
 * ExecutorKeys fromEnvironment = ExecutorKeys.keyFileNamedBy("TRYGG_KEY_FILE");
 * ExecutorKeys kms = () -> MyKms.provider("arn:…");      // a host's own, serializable
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ExecutorKeys extends Serializable {

  /**
   * Opens the provider; called on the driver once and on each executor once per job.
   *
   * @return the key provider of this JVM
   */
  KeyProvider open();

  /**
   * A Trygg key file at the same path on the driver and on every executor's node.
   *
   * @param path the key file's path on every node
   * @return keys that open that file
   */
  static ExecutorKeys keyFile(String path) {
    return new KeyFile(Objects.requireNonNull(path, "path"));
  }

  /**
   * A Trygg key file whose path each JVM reads from the environment variable {@code variable} (on
   * executors set with {@code spark.executorEnv.<variable>}, on the driver with {@code
   * spark.yarn.appMasterEnv.<variable>} or the shell's environment).
   *
   * @param variable the name of the environment variable that holds the key file's path
   * @return keys that open the file the variable names; {@link #open()} throws {@link
   *     IllegalStateException} on a node where the variable is unset or blank
   */
  static ExecutorKeys keyFileNamedBy(String variable) {
    return new KeyFileFromEnvironment(Objects.requireNonNull(variable, "variable"));
  }

  /**
   * A key file at a path.
   *
   * @param path the key file's path on every node
   */
  record KeyFile(String path) implements ExecutorKeys {
    @Override
    public KeyProvider open() {
      return KeyFileProvider.open(Path.of(path));
    }
  }

  /**
   * A key file whose path is in an environment variable.
   *
   * @param variable the environment variable's name
   */
  record KeyFileFromEnvironment(String variable) implements ExecutorKeys {
    @Override
    public KeyProvider open() {
      String path = System.getenv(variable);
      if (path == null || path.isBlank()) {
        throw new IllegalStateException("the environment variable " + variable + " does not name a key file on this node");
      }
      return KeyFileProvider.open(Path.of(path));
    }
  }
}
