/**
 * The members of a cascade level behind one small interface: a {@link dev.copse.cascade.member.MemberSpec}
 * trains on {@link dev.copse.cascade.member.TrainingRows} (raw or binned, built once and shared by the members
 * of a fold) and returns a {@link dev.copse.cascade.member.FittedMember} that gives class-probability vectors,
 * reports its cost and writes its arrays. The random and completely-random forests of {@code forest.hard} are
 * the members implemented here; another model type is one specification and one fitted class.
 */
package dev.copse.cascade.member;
