/**
 * How the axis-aligned forests spread work over threads: numbered tasks pulled by a fixed number of
 * workers, each with its own scratch state, so results never depend on which thread ran which task.
 */
package dev.copse.forest.hard.parallel;
