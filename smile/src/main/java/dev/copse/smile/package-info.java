/**
 * Everything that touches Smile (GPL-3.0): CSV, ARFF and DataFrames read into Copse datasets, Copse models
 * wrapped as Smile classifiers and trainers, and Smile's random forest as a cascade member. Smile is
 * confined to this module and the ones above it.
 */
package dev.copse.smile;
