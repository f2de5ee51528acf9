/**
 * Trained budding soft trees and forests (Shen, Wang, Wang, 2020) as immutable compact models: their
 * options, topology finalisation, and the three inference modes (soft, hard, pruned-soft), each reporting
 * the work it actually did per input.
 */
package dev.copse.forest.soft;
