/** The starter's implementation: locations, conditions, the health check, the DSR counts and the meters. */
@NullMarked
@API(status = API.Status.INTERNAL, since = "0.1")
package io.github.trygg.spring.boot.internal;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
