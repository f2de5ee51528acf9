/**
 * Parallelism policy for the numeric code: how many threads it may use ({@link
 * dev.copse.core.parallel.Parallelism}) and a small pool of daemon workers that splits a loop into
 * independent tasks ({@link dev.copse.core.parallel.WorkerPool}).
 */
package dev.copse.core.parallel;
