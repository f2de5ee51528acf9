/**
 * The members of a cascade level behind one small interface: a {@link dev.copse.cascade.member.MemberSpec}
 * trains on {@link dev.copse.cascade.member.TrainingRows} (raw or binned, built once and shared by the members
 * of a fold) and returns a {@link dev.copse.cascade.member.FittedMember}, a costed classifier that also
 * predicts batches and writes its arrays; {@link dev.copse.cascade.member.MemberReaders} reads members back
 * by kind. The random and completely-random forests of {@code forest.hard} are the members implemented here;
 * another model type is one specification, one fitted class and one case in the reader.
 */
package dev.copse.cascade.member;
