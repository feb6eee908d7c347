package io.github.trygg.dsr.breach;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A breach at a processor: when the processor became aware and when it told the controller
 * ("without undue delay", Art. 33(2); the agreement usually sets an hour limit).
 *
 * @param processorId the register id of the processor
 * @param processorAwareAt when the processor became aware of the breach
 * @param controllerNotifiedAt when the processor told the controller, once it has
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ProcessorNotice(String processorId, Instant processorAwareAt, Optional<Instant> controllerNotifiedAt) {}
