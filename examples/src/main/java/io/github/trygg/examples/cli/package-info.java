/** The trygg command-line tool: validate, classify, propagate, screen, check messages, seal, pseudonymise, DSR and reports. */
@NullMarked
package io.github.trygg.examples.cli;

import org.jspecify.annotations.NullMarked;
