/**
 * Energy estimates from operation counts: {@link dev.copse.efficiency.energy.EnergyTable} holds
 * picojoules per primitive operation and states how a {@link dev.copse.efficiency.cost.Cost} maps to them;
 * the default is labelled "45 nm estimate" (Horowitz, ISSCC 2014). Users load their own table with
 * {@link dev.copse.efficiency.energy.EnergyTableFile}.
 */
package dev.copse.efficiency.energy;
