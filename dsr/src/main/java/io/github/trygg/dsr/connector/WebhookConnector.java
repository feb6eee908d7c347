package io.github.trygg.dsr.connector;

import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.TreeWriter;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.request.SystemTask;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends tasks to systems as signed JSON over HTTPS: a POST to the address in the register's {@code
 * dsrEndpoint}, signed per the Standard Webhooks specification (see {@link WebhookSignature}) under
 * the receiving system's own key id in the controller's {@link KeyProvider}, so the system can tell
 * that the order comes from the controller and was not changed. The body ({@code trygg-dsr-task/1}) carries the task, the
 * subject's identifiers and the answer-by date.
 *
 * <p>A 2xx answer makes the task SENT, with the answer's {@code Location} header (or the delivery
 * id) as reference. 408, 429, 5xx and network failures are retried with growing pauses under the
 * same delivery id, so a system that got the order twice can tell; other answers and exhausted
 * retries make the task FAILED, to be retried through {@code DsrCases.retry}. Identifiers are only
 * ever sent over HTTPS — plain HTTP is allowed to the loopback interface alone, and only when
 * switched on — and never logged.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WebhookConnector implements DsrConnector {
  /** The {@code format} member of every delivery's JSON body. */
  public static final String BODY_FORMAT = "trygg-dsr-task/1";
  private static final Logger LOG = LoggerFactory.getLogger(WebhookConnector.class);

  private final Set<DsrChannel> channels;
  private final Map<String, WebhookSignature> signatures;
  private final @Nullable WebhookSignature defaultSignature;
  private final HttpClient http;
  private final Duration timeout;
  private final int attempts;
  private final Duration backoff;
  private final boolean loopbackHttp;
  private final Clock clock;
  private final Sleeper sleeper;

  private WebhookConnector(Builder b) {
    this.channels = Set.copyOf(b.channels);
    KeyProvider keys = Objects.requireNonNull(b.keys, "keys");
    Map<String, WebhookSignature> bySystem = new HashMap<>();
    b.keyIds.forEach((system, keyId) -> bySystem.put(system, WebhookSignature.of(keys, keyId)));
    this.signatures = Map.copyOf(bySystem);
    this.defaultSignature = b.defaultKeyId == null ? null : WebhookSignature.of(keys, b.defaultKeyId);
    this.timeout = b.timeout;
    this.http = b.http != null ? b.http : HttpClient.newBuilder().connectTimeout(b.timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    this.attempts = b.attempts;
    this.backoff = b.backoff;
    this.loopbackHttp = b.loopbackHttp;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Set<DsrChannel> channels() {
    return channels;
  }

  /**
   * @param order the task, the subject's identifiers and the answer date
   * @return {@link Submission#sent} with the delivery id as reference, or {@link Submission#failed()} when the system refused
   * @throws ConnectorException before anything is sent, when the address is not HTTPS or no key is
   *     configured for the system
   * @throws io.github.trygg.crypto.pseudonym.KeyException before anything is sent, when the system's
   *     key id has no usable version
   */
  @Override
  public Submission submit(TaskOrder order) {
    SystemTask task = order.task();
    URI uri = target(task);
    WebhookSignature signature = Optional.ofNullable(signatures.get(task.systemId())).or(() -> Optional.ofNullable(defaultSignature))
        .orElseThrow(() -> new ConnectorException("no webhook key for system '" + task.systemId() + "' (task " + task.id() + ")"));
    byte[] body = body(order).getBytes(StandardCharsets.UTF_8);
    // One id per delivery of a task; a later retry through DsrCases is a new delivery.
    String deliveryId = "trygg_" + task.id() + "_" + (task.attempts() + 1);
    for (int attempt = 1; ; attempt++) {
      long timestamp = clock.instant().getEpochSecond();
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
          .header("content-type", "application/json; charset=utf-8")
          .header("user-agent", "trygg-dsr")
          .header(WebhookSignature.ID, deliveryId)
          .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
          .header(WebhookSignature.SIGNATURE, signature.sign(deliveryId, timestamp, body))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
      Optional<Duration> retryAfter;
      try {
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        int status = response.statusCode();
        if (status / 100 == 2) {
          LOG.info("task {} delivered to system {} (HTTP {}, attempt {})", task.id(), task.systemId(), status, attempt);
          return Submission.sent(response.headers().firstValue("location").orElse("webhook:" + deliveryId));
        }
        if (status != 408 && status != 429 && status / 100 != 5) {
          LOG.warn("task {} refused by system {} (HTTP {})", task.id(), task.systemId(), status);
          return Submission.failed();
        }
        LOG.warn("task {} not yet taken by system {} (HTTP {}, attempt {} of {})", task.id(), task.systemId(), status, attempt, attempts);
        retryAfter = response.headers().firstValue("retry-after").flatMap(WebhookConnector::seconds);
      } catch (IOException e) {
        LOG.warn("task {} could not reach system {} ({}, attempt {} of {})", task.id(), task.systemId(), e.getClass().getSimpleName(), attempt, attempts);
        retryAfter = Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Submission.failed();
      }
      if (attempt >= attempts) {
        return Submission.failed();
      }
      Duration pause = backoff.multipliedBy(1L << Math.min(attempt - 1, 10));
      if (retryAfter.isPresent() && retryAfter.get().compareTo(pause) > 0 && retryAfter.get().compareTo(backoff.multipliedBy(60)) <= 0) {
        pause = retryAfter.get();
      }
      try {
        sleeper.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Submission.failed();
      }
    }
  }

  private URI target(SystemTask task) {
    URI uri;
    try {
      uri = new URI(task.address());
    } catch (URISyntaxException e) {
      throw new ConnectorException("the dsrEndpoint address of system '" + task.systemId() + "' is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http") && loopbackHttp && loopback(uri.getHost()))) {
      throw new ConnectorException("the dsrEndpoint address of system '" + task.systemId()
          + "' must be an https URL: identifiers are never sent unencrypted");
    }
    return uri;
  }

  private static boolean loopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    // Only literal addresses: resolving a name here would let DNS decide what counts as local.
    if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?")) {
      return false;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static Optional<Duration> seconds(String value) {
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The JSON body; member order fixed so a delivery can be compared byte for byte. */
  static String body(TaskOrder order) {
    SystemTask t = order.task();
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("id", t.id());
    task.put("requestId", t.requestId());
    task.put("systemId", t.systemId());
    task.put("right", WireNames.of(t.right()));
    task.put("kind", WireNames.of(t.kind()));
    t.recipient().ifPresent(r -> task.put("recipient", r));
    t.viaProcessor().ifPresent(p -> task.put("viaProcessor", p));
    task.put("subProcessors", t.subProcessors());
    task.put("archiveStatus", WireNames.of(t.archiveStatus()));
    List<Object> identifiers = new ArrayList<>();
    for (SubjectIdentifier i : order.identifiers()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", i.type());
      m.put("value", i.value());
      identifiers.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", BODY_FORMAT);
    root.put("task", task);
    root.put("answerBy", order.answerBy().toString());
    root.put("subject", Map.of("identifiers", identifiers));
    return TreeWriter.write(root, Format.JSON);
  }

  /** Waits between attempts; replaceable so tests need not. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits for {@code pause}.
     *
     * @param pause how long to wait
     * @throws InterruptedException if the thread is interrupted while waiting; the submission fails
     */
    void sleep(Duration pause) throws InterruptedException;
  }

  /** Configuration: the key provider, and a key id per system id of the register. */
  public static final class Builder {
    private final Set<DsrChannel> channels = EnumSet.of(DsrChannel.WEBHOOK);
    private @Nullable KeyProvider keys;
    private final Map<String, String> keyIds = new HashMap<>();
    private @Nullable String defaultKeyId;
    private @Nullable HttpClient http;
    private Duration timeout = Duration.ofSeconds(10);
    private int attempts = 3;
    private Duration backoff = Duration.ofSeconds(1);
    private boolean loopbackHttp;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = p -> Thread.sleep(p.toMillis());

    private Builder() {}

    /**
     * The channels this connector serves: WEBHOOK by default; add API for systems whose DSR API takes the same body.
     *
     * @param channels the channels
     * @return this builder
     */
    public Builder channels(Set<DsrChannel> channels) {
      if (channels.isEmpty()) {
        throw new IllegalArgumentException("a connector serves at least one channel");
      }
      this.channels.clear();
      this.channels.addAll(channels);
      return this;
    }

    /**
     * Where the signing keys come from: the same {@code trygg-crypto} key provider as every other key.
     *
     * @param keys the key provider that holds the signing keys
     * @return this builder
     */
    public Builder keys(KeyProvider keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /**
     * The key id whose versions sign deliveries to one system (its register id); the receiving
     * system holds the same versions, or their {@code whsec_} texts ({@link WebhookSignature#secret}).
     *
     * @param systemId the system's register id
     * @param keyId the key id in the key provider
     * @return this builder
     * @throws IllegalArgumentException if the key id is malformed
     */
    public Builder systemKey(String systemId, String keyId) {
      keyIds.put(Objects.requireNonNull(systemId, "systemId"), KeyRef.checkKeyId(keyId));
      return this;
    }

    /**
     * The key id for systems without their own. Prefer one per system: a shared one lets each forge
     * orders to the others.
     *
     * @param keyId the key id in the key provider
     * @return this builder
     * @throws IllegalArgumentException if the key id is malformed
     */
    public Builder defaultKey(String keyId) {
      this.defaultKeyId = KeyRef.checkKeyId(keyId);
      return this;
    }

    /**
     * The HTTP client deliveries are posted with; a new one with the timeout by default.
     *
     * @param http the client
     * @return this builder
     */
    public Builder httpClient(HttpClient http) {
      this.http = http;
      return this;
    }

    /**
     * Per request, and for connecting; 10 s by default.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("a timeout is positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Attempts per submission (1–10, default 3), the pause doubling from {@code backoff} (default 1 s).
     *
     * @param attempts attempts per submission, 1–10
     * @param backoff the first pause between attempts
     * @return this builder
     */
    public Builder retries(int attempts, Duration backoff) {
      if (attempts < 1 || attempts > 10) {
        throw new IllegalArgumentException("attempts are 1 to 10");
      }
      if (backoff.isNegative()) {
        throw new IllegalArgumentException("a backoff is not negative");
      }
      this.attempts = attempts;
      this.backoff = backoff;
      return this;
    }

    /**
     * Allows plain HTTP to 127.0.0.1, ::1 or localhost — for a local gateway or a test, never the network.
     *
     * @return this builder
     */
    public Builder allowLoopbackHttp() {
      this.loopbackHttp = true;
      return this;
    }

    /**
     * The clock of the {@code webhook-timestamp} header; the system clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * How the connector waits between attempts; {@code Thread.sleep} by default.
     *
     * @param sleeper the waiting strategy
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /**
     * Makes the connector.
     *
     * @return the connector
     * @throws IllegalStateException if no key provider, or no key for any system, is set
     */
    public WebhookConnector build() {
      List<String> missing = new ArrayList<>();
      if (keys == null) {
        missing.add("keys(KeyProvider)");
      }
      if (keyIds.isEmpty() && defaultKeyId == null) {
        missing.add("systemKey(systemId, keyId) or defaultKey(keyId)");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("a webhook connector needs " + String.join(" and ", missing));
      }
      return new WebhookConnector(this);
    }
  }
}
