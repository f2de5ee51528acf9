package dev.copse.cascade.grow;

import dev.copse.cascade.model.CascadeModel;

/**
 * The result of growing a cascade: the model and the report of its growth.
 *
 * @param model  the trained cascade, with the kept levels only
 * @param report what every level scored and cost
 */
public record CascadeFit(CascadeModel model, CascadeReport report) {
}
