/**
 * The core of Copse: the numeric substrate (kernels, optimizers), datasets, JSON, file formats and progress
 * reporting that every other module builds on. {@link dev.copse.core.LibraryVersion} names the build.
 */
package dev.copse.core;
