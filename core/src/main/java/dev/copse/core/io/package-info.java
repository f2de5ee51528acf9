/**
 * File input and output shared by every module: atomic writes (temporary file, fsync, rename).
 */
package dev.copse.core.io;
