/**
 * Progress reporting from library code to whoever runs it: events and the listener interface.
 */
package dev.copse.core.progress;
