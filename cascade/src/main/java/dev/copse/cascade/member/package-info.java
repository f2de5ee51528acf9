/**
 * The members of a cascade level behind one small interface: a {@link dev.copse.cascade.member.MemberSpec}
 * trains on {@link dev.copse.cascade.member.TrainingRows} (raw or binned, built once and shared by the members
 * of a fold) and returns a {@link dev.copse.cascade.member.FittedMember}, a costed classifier that also
 * predicts batches and writes its arrays; {@link dev.copse.cascade.member.MemberReaders} reads members back
 * by kind. Members implemented here: the random and completely-random forests of {@code forest.hard}
 * ({@link dev.copse.cascade.member.RandomForestMember}, {@link dev.copse.cascade.member.CompletelyRandomForestMember})
 * and the soft forest of {@code forest.soft} ({@link dev.copse.cascade.member.SoftForestMember}, standardised
 * by {@link dev.copse.cascade.member.BlockScaling} over the row's {@link dev.copse.cascade.member.InputBlocks});
 * Smile's random forest lives in the {@code smile} module. Another model type is one specification, one
 * fitted class and one case in the reader.
 */
package dev.copse.cascade.member;
