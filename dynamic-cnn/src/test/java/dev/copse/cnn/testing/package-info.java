/** Test helpers shared by the module's tests: finite-difference gradient checks. */
package dev.copse.cnn.testing;
