/**
 * Smile models as cascade members: {@link dev.copse.smile.member.SmileRandomForestMember} puts Smile's random
 * forest into a level of a {@code dev.copse.cascade} cascade (the cascade module itself stays free of Smile).
 */
package dev.copse.smile.member;
