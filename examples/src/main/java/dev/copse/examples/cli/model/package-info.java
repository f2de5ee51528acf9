/**
 * The {@code copse train} and {@code copse eval} commands and the model kinds they know. Each kind is one
 * {@link dev.copse.examples.cli.model.ModelKind}: how to train it from {@code copse train}'s settings and how
 * to rebuild it from a model file; {@link dev.copse.examples.cli.model.ModelKinds} lists them.
 */
package dev.copse.examples.cli.model;
