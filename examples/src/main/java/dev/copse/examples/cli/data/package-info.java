/**
 * The {@code copse datasets} commands: fetching the public image datasets and describing datasets.
 */
package dev.copse.examples.cli.data;
